package bi.ppsm.site.project;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** A project's phase has English and Kirundi versions of its name ("Phase II"); status and dates need none. */
@Component
@Order(170)
class PhaseTranslations extends TranslatableRecords<ProjectPhase> {

	private static final List<TranslatableField<ProjectPhase>> FIELDS = List
		.of(TranslatableField.line("name", "admin.phase.name", 120, ProjectPhase::getName));

	private final ProjectPhaseRepository phases;

	/** Named as the audit log names a phase: the project's name, then the phase's; read with their projects in one query. */
	PhaseTranslations(ProjectPhaseRepository phases) {
		super("phase", "admin.translation.type.phases", ProjectPhase.class, "/admin/projets", FIELDS,
				ProjectPhase::getId, phase -> phase.getProject().getName() + " – " + phase.getName(),
				phases::findWithProject, phases::findAllWithProject);
		this.phases = phases;
	}

	@Override
	public String editUrl(long id) {
		return this.phases.findWithProject(id)
			.map(p -> "/admin/projets/" + p.getProject().getId() + "/phases/" + id)
			.orElse("/admin/projets");
	}

}
