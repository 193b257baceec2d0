package bi.ppsm.site.result;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** A key result's theme, statement and unit have English and Kirundi versions; its numbers do not. */
@Component
@Order(140)
class KeyResultTranslations implements TranslatableType<KeyResult> {

	private static final List<TranslatableField<KeyResult>> FIELDS = List.of(
			TranslatableField.line("theme", "admin.result.theme", 300, KeyResult::getTheme),
			TranslatableField.text("statement", "admin.result.statement", 1000, KeyResult::getStatement),
			TranslatableField.line("unit", "admin.result.unit", 120, KeyResult::getUnit));

	private final KeyResultRepository results;

	KeyResultTranslations(KeyResultRepository results) {
		this.results = results;
	}

	@Override
	public String name() {
		return "key-result";
	}

	@Override
	public String labelKey() {
		return "admin.nav.results";
	}

	@Override
	public Class<KeyResult> entityClass() {
		return KeyResult.class;
	}

	@Override
	public List<TranslatableField<KeyResult>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(KeyResult result) {
		return result.getId();
	}

	@Override
	public String label(KeyResult result) {
		return result.getStatement();
	}

	@Override
	public Optional<KeyResult> find(long id) {
		return this.results.findById(id);
	}

	@Override
	public List<KeyResult> all() {
		return this.results.findAll(Sort.by("id"));
	}

	@Override
	public String editUrl(long id) {
		return KeyResultAdminController.BASE + "/" + id;
	}

}
