package bi.ppsm.site.mission;

import java.util.List;
import java.util.function.Function;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.OrderedList;
import bi.ppsm.site.admin.OrderedListAdminController;
import bi.ppsm.site.audit.AuditLog;

/** Admin of an ordered list of texts (missions, perspectives): a subclass gives its URL, entity and title. */
abstract class TextEntryAdminController<T extends TextEntry> extends OrderedListAdminController<T, TextForm> {

	private final TextEntryRepository<T> entries;

	private final Function<String, T> factory;

	TextEntryAdminController(TextEntryRepository<T> entries, AuditLog audit, String base, String entityType,
			String titleKey, Function<String, T> factory) {
		super(entries, audit, new OrderedList(base, entityType, titleKey, "admin/mission/form", List.of("text")));
		this.entries = entries;
		this.factory = factory;
	}

	@Override
	protected List<T> ordered() {
		return this.entries.findAllByOrderByPosition();
	}

	@Override
	protected String label(T entry) {
		return entry.getText();
	}

	@Override
	protected TextForm blankForm() {
		return new TextForm(null, 0);
	}

	@Override
	protected TextForm toForm(T entry) {
		return new TextForm(entry.getText(), entry.getVersion());
	}

	@Override
	protected T toEntity(TextForm form) {
		return this.factory.apply(form.text());
	}

	@Override
	protected Changes apply(TextForm form, T entry) {
		return new Changes().set("text", entry.getText(), form.text(), entry::setText);
	}

}
