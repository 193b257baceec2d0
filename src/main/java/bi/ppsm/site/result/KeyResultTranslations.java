package bi.ppsm.site.result;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** A key result's theme, statement and unit have English and Kirundi versions; its numbers do not. */
@Component
@Order(140)
class KeyResultTranslations extends TranslatableRecords<KeyResult> {

	private static final List<TranslatableField<KeyResult>> FIELDS = List.of(
			TranslatableField.line("theme", "admin.result.theme", 300, KeyResult::getTheme),
			TranslatableField.text("statement", "admin.result.statement", 1000, KeyResult::getStatement),
			TranslatableField.line("unit", "admin.result.unit", 120, KeyResult::getUnit));

	KeyResultTranslations(KeyResultRepository results) {
		super("key-result", "admin.nav.results", KeyResult.class, KeyResultAdminController.BASE, FIELDS,
				KeyResult::getId, KeyResult::getStatement, results::findById, () -> results.findAll(Sort.by("id")));
	}

}
