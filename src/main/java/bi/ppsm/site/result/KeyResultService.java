package bi.ppsm.site.result;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Positions;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.NotFoundException;

/** Saves of key results: the result, its programme and project, and the audit log, in one transaction. */
@Service
@Transactional
class KeyResultService {

	private final KeyResultRepository results;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final AuditLog audit;

	private final Codelists codelists;

	KeyResultService(KeyResultRepository results, ProgrammeRepository programmes, ProjectRepository projects,
			AuditLog audit, Codelists codelists) {
		this.codelists = codelists;
		this.results = results;
		this.programmes = programmes;
		this.projects = projects;
		this.audit = audit;
	}

	java.util.Collection<bi.ppsm.site.codelist.Code> resultTypes() {
		return this.codelists.get(Codelists.RESULT_TYPE).codes();
	}

	@Transactional(readOnly = true)
	KeyResult find(long id) {
		return this.results.findById(id).orElseThrow(() -> new NotFoundException("key result " + id));
	}

	/** A result's project, when it has one, must be a project of the chosen programme. */
	@Transactional(readOnly = true)
	void check(KeyResultForm form, Errors errors) {
		form.checkPeriod(errors);
		if (form.resultType() != null && !form.resultType().isBlank()
				&& !this.codelists.get(Codelists.RESULT_TYPE).contains(form.resultType())) {
			errors.rejectValue("resultType", "resultType");
		}
		if (form.programme() != null && this.programmes.findById(form.programme()).isEmpty()) {
			errors.rejectValue("programme", "NotNull");
		}
		if (form.project() != null) {
			Project project = this.projects.findById(form.project()).orElse(null);
			if (project == null || (form.programme() != null && !project.getProgramme().getId().equals(form.programme())
					&& project.getOtherProgrammes().stream().noneMatch(p -> p.getId().equals(form.programme())))) {
				errors.rejectValue("project", "projectOfProgramme");
			}
		}
	}

	KeyResult create(KeyResultForm form) {
		Programme programme = this.programmes.findById(form.programme()).orElseThrow();
		KeyResult keyResult = new KeyResult(programme, form.statement());
		keyResult.setPosition(this.results.findByProgramme(programme).size() + 1);
		Changes changes = apply(form, keyResult);
		this.results.save(keyResult);
		this.audit.record("CREATE", "key-result", keyResult.getId(), keyResult.getStatement(), changes.fields());
		return keyResult;
	}

	KeyResult update(long id, KeyResultForm form) {
		KeyResult keyResult = find(id);
		Changes changes = apply(form, keyResult);
		this.audit.record("UPDATE", "key-result", id, keyResult.getStatement(), changes.fields());
		return keyResult;
	}

	/** Deletes it; returns its programme's id, the list to go back to. */
	long delete(long id) {
		KeyResult keyResult = find(id);
		long programme = keyResult.getProgramme().getId();
		this.audit.record("DELETE", "key-result", id, keyResult.getStatement(), List.of());
		this.results.delete(keyResult);
		return programme;
	}

	/** One place up ({@code -1}) or down ({@code 1}) in its programme's list; tells whether it moved. */
	boolean move(KeyResult keyResult, int step) {
		boolean moved = Positions.move(this.results.findByProgramme(keyResult.getProgramme()),
				r -> r.getId().equals(keyResult.getId()), step, KeyResult::setPosition);
		if (moved) {
			this.audit.record("MOVE", "key-result", keyResult.getId(), keyResult.getStatement(), List.of("position"));
		}
		return moved;
	}

	private Changes apply(KeyResultForm form, KeyResult r) {
		Programme programme = this.programmes.findById(form.programme()).orElseThrow();
		Project project = (form.project() != null) ? this.projects.findById(form.project()).orElse(null) : null;
		return new Changes().set("programme", r.getProgramme(), programme, r::setProgramme)
			.set("project", r.getProject(), project, r::setProject)
			.set("theme", r.getTheme(), form.theme(), r::setTheme)
			.set("statement", r.getStatement(), form.statement(), r::setStatement)
			.set("achievedValue", r.getAchievedValue(), form.achievedValue(), r::setAchievedValue)
			.set("expectedValue", r.getExpectedValue(), form.expectedValue(), r::setExpectedValue)
			.set("unit", r.getUnit(), form.unit(), r::setUnit)
			.set("baselineValue", r.getBaselineValue(), form.baselineValue(), r::setBaselineValue)
			.set("baselineYear", r.getBaselineYear(), form.baselineYear(), r::setBaselineYear)
			.set("resultType", r.getResultType(), blankToNull(form.resultType()), r::setResultType)
			.set("period", r.getPeriod(), form.period(), r::setPeriod);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
