package bi.ppsm.site.programme;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** A programme's objective (general or specific) has English and Kirundi versions of its text. */
@Component
@Order(160)
class ObjectiveTranslations extends TranslatableRecords<Objective> {

	private static final List<TranslatableField<Objective>> FIELDS = List
		.of(TranslatableField.text("text", "admin.objective.text", 600, Objective::getText));

	private final ObjectiveRepository objectives;

	/** Named by the programme's name, then the objective's text; read with their programmes in one query. */
	ObjectiveTranslations(ObjectiveRepository objectives) {
		super("objective", "admin.translation.type.objectives", Objective.class, "/admin/programmes", FIELDS,
				Objective::getId, objective -> objective.getProgramme().getName() + " – " + objective.getText(),
				objectives::findWithProgramme, objectives::findAllWithProgramme);
		this.objectives = objectives;
	}

	@Override
	public String editUrl(long id) {
		return this.objectives.findWithProgramme(id)
			.map(o -> "/admin/programmes/" + o.getProgramme().getId() + "/objectifs/" + id)
			.orElse("/admin/programmes");
	}

}
