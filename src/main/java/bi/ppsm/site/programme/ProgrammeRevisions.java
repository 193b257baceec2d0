package bi.ppsm.site.programme;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.Revisable;

/** Programmes keep revisions: their form, restored through the normal update. */
@Component
class ProgrammeRevisions implements Revisable {

	private final ProgrammeService service;

	ProgrammeRevisions(ProgrammeService service) {
		this.service = service;
	}

	@Override
	public String type() {
		return "programme";
	}

	@Override
	public Class<?> formType() {
		return ProgrammeForm.class;
	}

	@Override
	public Object capture(long id) {
		return ProgrammeForm.from(this.service.find(id));
	}

	@Override
	public String label(long id) {
		return this.service.find(id).getName();
	}

	@Override
	public String adminUrl(long id) {
		return "/admin/programmes/" + id;
	}

	@Override
	public Map<String, String> references() {
		return Map.of("zones", "zone", "funders", "organisation", "partners", "organisation", "targetGroups", "target_group");
	}

	@Override
	public void restore(long id, Object form, BindingResult result) {
		ProgrammeForm programme = (ProgrammeForm) form;
		this.service.check(programme, this.service.find(id), result);
		if (!result.hasErrors()) {
			this.service.update(id, programme);
		}
	}

}
