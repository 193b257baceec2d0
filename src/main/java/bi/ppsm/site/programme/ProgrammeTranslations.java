package bi.ppsm.site.programme;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The programme's texts that have English and Kirundi versions, with the limits of its form. */
@Component
@Order(10)
class ProgrammeTranslations extends TranslatableRecords<Programme> {

	private static final List<TranslatableField<Programme>> FIELDS = List.of(
			TranslatableField.line("name", "admin.programme.name", 200, Programme::getName),
			TranslatableField.text("cardText", "admin.programme.cardText", 600, Programme::getCardText),
			TranslatableField.markdown("summary", "admin.programme.summary", Programme::getSummary),
			TranslatableField.line("projectsNote", "admin.programme.projectsNote", 300, Programme::getProjectsNote));

	ProgrammeTranslations(ProgrammeRepository programmes) {
		super("programme", "admin.nav.programmes", Programme.class, "/admin/programmes", FIELDS,
				Programme::getId, Programme::getName, programmes::findById, programmes::findAllByOrderByPosition);
	}

}
