package bi.ppsm.site.project;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.FormRevisions;

/** Projects keep revisions: their form, restored through the normal update. */
@Component
class ProjectRevisions extends FormRevisions<Project, ProjectForm> {

	private final ProjectService service;

	ProjectRevisions(ProjectService service) {
		super("project", ProjectForm.class, "/admin/projets", service::find, ProjectForm::from, Project::getName,
				Map.ofEntries(Map.entry("programme", "programme"), Map.entry("otherProgrammes", "programme"),
						Map.entry("zones", "zone"), Map.entry("funders", "organisation"),
						Map.entry("partners", "organisation"), Map.entry("targetGroups", "target_group"),
						Map.entry("accountable", "organisation"), Map.entry("extending", "organisation")));
		this.service = service;
	}

	@Override
	protected void check(ProjectForm form, Project current, BindingResult result) {
		this.service.check(form, current, result);
	}

	@Override
	protected void update(long id, ProjectForm form, BindingResult result) {
		this.service.update(id, form);
	}

}
