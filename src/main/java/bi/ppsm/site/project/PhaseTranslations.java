package bi.ppsm.site.project;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** A project's phase has English and Kirundi versions of its name ("Phase II"); status and dates need none. */
@Component
@Order(170)
class PhaseTranslations implements TranslatableType<ProjectPhase> {

	private static final List<TranslatableField<ProjectPhase>> FIELDS = List
		.of(TranslatableField.line("name", "admin.phase.name", 120, ProjectPhase::getName));

	private final ProjectPhaseRepository phases;

	PhaseTranslations(ProjectPhaseRepository phases) {
		this.phases = phases;
	}

	@Override
	public String name() {
		return "phase";
	}

	@Override
	public String labelKey() {
		return "admin.translation.type.phases";
	}

	@Override
	public Class<ProjectPhase> entityClass() {
		return ProjectPhase.class;
	}

	@Override
	public List<TranslatableField<ProjectPhase>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(ProjectPhase phase) {
		return phase.getId();
	}

	/** As the audit log names it: the project's name, then the phase's. */
	@Override
	public String label(ProjectPhase phase) {
		return phase.getProject().getName() + " – " + phase.getName();
	}

	@Override
	public Optional<ProjectPhase> find(long id) {
		return this.phases.findWithProject(id);
	}

	/** Every phase with its project, in one query. */
	@Override
	public List<ProjectPhase> all() {
		return this.phases.findAllWithProject();
	}

	@Override
	public String editUrl(long id) {
		return this.phases.findWithProject(id)
			.map(p -> "/admin/projets/" + p.getProject().getId() + "/phases/" + id)
			.orElse("/admin/projets");
	}

}
