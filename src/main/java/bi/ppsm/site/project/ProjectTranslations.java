package bi.ppsm.site.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The project's texts that have English and Kirundi versions, with the limits of its form. */
@Component
@Order(20)
class ProjectTranslations implements TranslatableType<Project> {

	private static final List<TranslatableField<Project>> FIELDS = List.of(
			TranslatableField.line("name", "admin.project.name", 300, Project::getName),
			TranslatableField.line("shortName", "admin.project.shortName", 120, Project::getShortName),
			TranslatableField.markdown("description", "admin.project.description", Project::getDescription),
			TranslatableField.markdown("background", "admin.project.background", Project::getBackground),
			TranslatableField.markdown("expectedResults", "admin.project.expectedResults", Project::getExpectedResults),
			TranslatableField.markdown("lessonsLearned", "admin.project.lessonsLearned", Project::getLessonsLearned),
			TranslatableField.markdown("coordination", "admin.project.coordination", Project::getCoordination));

	private final ProjectRepository repository;

	ProjectTranslations(ProjectRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "project";
	}

	@Override
	public String labelKey() {
		return "admin.nav.projects";
	}

	@Override
	public Class<Project> entityClass() {
		return Project.class;
	}

	@Override
	public List<TranslatableField<Project>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(Project record) {
		return record.getId();
	}

	@Override
	public String label(Project record) {
		return record.getName();
	}

	@Override
	public Optional<Project> find(long id) {
		return this.repository.findById(id);
	}

	@Override
	public List<Project> all() {
		return this.repository.findAll(Sort.by("name"));
	}

	@Override
	public String editUrl(long id) {
		return "/admin/projets/" + id;
	}

}
