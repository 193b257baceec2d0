package bi.ppsm.site.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** A programme's objective (general or specific) has English and Kirundi versions of its text. */
@Component
@Order(160)
class ObjectiveTranslations implements TranslatableType<Objective> {

	private static final List<TranslatableField<Objective>> FIELDS = List
		.of(TranslatableField.text("text", "admin.objective.text", 600, Objective::getText));

	private final ObjectiveRepository objectives;

	ObjectiveTranslations(ObjectiveRepository objectives) {
		this.objectives = objectives;
	}

	@Override
	public String name() {
		return "objective";
	}

	@Override
	public String labelKey() {
		return "admin.translation.type.objectives";
	}

	@Override
	public Class<Objective> entityClass() {
		return Objective.class;
	}

	@Override
	public List<TranslatableField<Objective>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(Objective objective) {
		return objective.getId();
	}

	/** The programme's name, then the objective's text. */
	@Override
	public String label(Objective objective) {
		return objective.getProgramme().getName() + " – " + objective.getText();
	}

	@Override
	public Optional<Objective> find(long id) {
		return this.objectives.findWithProgramme(id);
	}

	/** Every objective with its programme, in one query. */
	@Override
	public List<Objective> all() {
		return this.objectives.findAllWithProgramme();
	}

	@Override
	public String editUrl(long id) {
		return this.objectives.findWithProgramme(id)
			.map(o -> "/admin/programmes/" + o.getProgramme().getId() + "/objectifs/" + id)
			.orElse("/admin/programmes");
	}

}
