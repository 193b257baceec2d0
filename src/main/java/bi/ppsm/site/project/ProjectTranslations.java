package bi.ppsm.site.project;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The project's texts that have English and Kirundi versions, with the limits of its form. */
@Component
@Order(20)
class ProjectTranslations extends TranslatableRecords<Project> {

	private static final List<TranslatableField<Project>> FIELDS = List.of(
			TranslatableField.line("name", "admin.project.name", 300, Project::getName),
			TranslatableField.line("shortName", "admin.project.shortName", 120, Project::getShortName),
			TranslatableField.markdown("description", "admin.project.description", Project::getDescription),
			TranslatableField.markdown("background", "admin.project.background", Project::getBackground),
			TranslatableField.markdown("expectedResults", "admin.project.expectedResults", Project::getExpectedResults),
			TranslatableField.markdown("lessonsLearned", "admin.project.lessonsLearned", Project::getLessonsLearned),
			TranslatableField.markdown("coordination", "admin.project.coordination", Project::getCoordination));

	ProjectTranslations(ProjectRepository repository) {
		super("project", "admin.nav.projects", Project.class, "/admin/projets", FIELDS,
				Project::getId, Project::getName, repository::findById, () -> repository.findAll(Sort.by("name")));
	}

}
