package bi.ppsm.site.project;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.Revisable;

/** Projects keep revisions: their form, restored through the normal update. */
@Component
class ProjectRevisions implements Revisable {

	private final ProjectService service;

	ProjectRevisions(ProjectService service) {
		this.service = service;
	}

	@Override
	public String type() {
		return "project";
	}

	@Override
	public Class<?> formType() {
		return ProjectForm.class;
	}

	@Override
	public Object capture(long id) {
		return ProjectForm.from(this.service.find(id));
	}

	@Override
	public String label(long id) {
		return this.service.find(id).getName();
	}

	@Override
	public String adminUrl(long id) {
		return "/admin/projets/" + id;
	}

	@Override
	public Map<String, String> references() {
		return Map.ofEntries(Map.entry("programme", "programme"), Map.entry("otherProgrammes", "programme"),
				Map.entry("zones", "zone"), Map.entry("funders", "organisation"), Map.entry("partners", "organisation"),
				Map.entry("targetGroups", "target_group"), Map.entry("accountable", "organisation"),
				Map.entry("extending", "organisation"));
	}

	@Override
	public void restore(long id, Object form, BindingResult result) {
		ProjectForm project = (ProjectForm) form;
		this.service.check(project, this.service.find(id), result);
		if (!result.hasErrors()) {
			this.service.update(id, project);
		}
	}

}
