package bi.ppsm.site.mission;

import java.util.List;
import java.util.Optional;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The one text of a mission or a perspective has English and Kirundi versions. */
abstract class TextEntryTranslations<T extends TextEntry> implements TranslatableType<T> {

	private final TextEntryRepository<T> entries;

	private final String name;

	private final String labelKey;

	private final Class<T> entityClass;

	private final String base;

	TextEntryTranslations(TextEntryRepository<T> entries, String name, String labelKey, Class<T> entityClass,
			String base) {
		this.entries = entries;
		this.name = name;
		this.labelKey = labelKey;
		this.entityClass = entityClass;
		this.base = base;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String labelKey() {
		return this.labelKey;
	}

	@Override
	public Class<T> entityClass() {
		return this.entityClass;
	}

	@Override
	public List<TranslatableField<T>> fields() {
		return List.of(TranslatableField.text("text", "admin.text.text", 1000, TextEntry::getText));
	}

	@Override
	public Long id(T entry) {
		return entry.getId();
	}

	@Override
	public String label(T entry) {
		return entry.getText();
	}

	@Override
	public Optional<T> find(long id) {
		return this.entries.findById(id);
	}

	@Override
	public List<T> all() {
		return this.entries.findAllByOrderByPosition();
	}

	@Override
	public String editUrl(long id) {
		return this.base + "/" + id;
	}

}
