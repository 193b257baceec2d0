package bi.ppsm.site.programme;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.FormRevisions;

/** Programmes keep revisions: their form, restored through the normal update. */
@Component
class ProgrammeRevisions extends FormRevisions<Programme, ProgrammeForm> {

	private final ProgrammeService service;

	ProgrammeRevisions(ProgrammeService service) {
		super("programme", ProgrammeForm.class, "/admin/programmes", service::find, ProgrammeForm::from,
				Programme::getName, Map.of("zones", "zone", "funders", "organisation", "partners", "organisation",
						"targetGroups", "target_group"));
		this.service = service;
	}

	@Override
	protected void check(ProgrammeForm form, Programme current, BindingResult result) {
		this.service.check(form, current, result);
	}

	@Override
	protected void update(long id, ProgrammeForm form, BindingResult result) {
		this.service.update(id, form);
	}

}
