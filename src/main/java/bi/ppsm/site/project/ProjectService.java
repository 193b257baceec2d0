package bi.ppsm.site.project;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.redirect.Redirects;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.period.PeriodFields;
import bi.ppsm.site.programme.SectorFields;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.PublicationChoice;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.system.NotFoundException;

/** Saves of projects: the project, its programmes, its relations and the audit log, in one transaction. */
@Service
@Transactional
public class ProjectService {

	private final ProjectRepository projects;

	private final ProgrammeRepository programmes;

	private final Relations relations;

	private final AuditLog audit;

	private final SectorFields sectors;

	private final Redirects redirects;

	private final Clock clock;

	private final Revisions revisions;

	ProjectService(ProjectRepository projects, ProgrammeRepository programmes, Relations relations, AuditLog audit,
			SectorFields sectors, Redirects redirects, Clock clock, Revisions revisions) {
		this.clock = clock;
		this.revisions = revisions;
		this.sectors = sectors;
		this.redirects = redirects;
		this.projects = projects;
		this.programmes = programmes;
		this.relations = relations;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Project find(long id) {
		return this.projects.findById(id).orElseThrow(() -> new NotFoundException("project " + id));
	}

	/** What the form's fields cannot check alone: the period's dates and their order, a free slug, an existing programme. */
	@Transactional(readOnly = true)
	void check(ProjectForm form, Project current, Errors errors) {
		form.checkPeriod(errors);
		form.checkPublication(this.clock.instant(), errors);
		PeriodFields.checkOther("actual", form.actualStartParts(), form.actualEndParts(), errors);
		this.sectors.check(form.sectors(), form.sectorShares(), errors);
		if (form.slug() != null) {
			this.projects.findBySlug(form.slug())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> errors.rejectValue("slug", "slugTaken"));
		}
		if (form.programme() != null && this.programmes.findById(form.programme()).isEmpty()) {
			errors.rejectValue("programme", "NotNull");
		}
	}

	Project create(ProjectForm form) {
		Project project = new Project(programme(form), form.slug(), form.name(), form.status());
		project.setPosition((int) this.projects.count() + 1);
		Changes changes = apply(form, project);
		this.projects.save(project);
		this.revisions.created("project", project.getId());
		this.audit.record("CREATE", "project", project.getId(), project.getName(), changes.fields());
		return project;
	}

	void update(long id, ProjectForm form) {
		this.revisions.track("project", id);
		Project project = find(id);
		String before = project.getSlug();
		Changes changes = apply(form, project);
		// the old address keeps working: a 301 to the new one
		this.redirects.moved("/projets/" + before, "/projets/" + project.getSlug());
		this.audit.record("UPDATE", "project", id, project.getName(), changes.fields());
	}

	/**
	 * The project as the form would make it, for a preview: the form is applied as a save
	 * would, without the audit log. Call it only in a transaction that is rolled back.
	 */
	Project applyUnsaved(Project current, ProjectForm form) {
		Project project = (current != null) ? current
				: new Project(programme(form), form.slug(), form.name(), form.status());
		apply(form, project);
		return project;
	}

	/** Its phases go with it; its key results stay with the programme. */
	void delete(long id) {
		Project project = find(id);
		this.audit.record("DELETE", "project", id, project.getName(), List.of());
		this.projects.delete(project);
	}

	private Programme programme(ProjectForm form) {
		return this.programmes.findById(form.programme()).orElseThrow(() -> new NotFoundException("programme"));
	}

	private Changes apply(ProjectForm form, Project p) {
		Changes changes = new Changes().set("programme", p.getProgramme(), programme(form), p::setProgramme)
			.set("slug", p.getSlug(), form.slug(), p::setSlug)
			.set("name", p.getName(), form.name(), p::setName)
			.set("status", p.getStatus(), form.status(), p::setStatus)
			.set("description", p.getDescription(), form.description(), p::setDescription)
			.set("period", p.getPeriod(), form.period(), p::setPeriod)
			.set("code", p.getCode(), form.code(), p::setCode)
			.set("shortName", p.getShortName(), form.shortName(), p::setShortName)
			.set("actualPeriod", p.getActualPeriod(), form.actualPeriod(), p::setActualPeriod)
			.set("background", p.getBackground(), form.background(), p::setBackground)
			.set("expectedResults", p.getExpectedResults(), form.expectedResults(), p::setExpectedResults)
			.set("lessonsLearned", p.getLessonsLearned(), form.lessonsLearned(), p::setLessonsLearned)
			.set("coordination", p.getCoordination(), form.coordination(), p::setCoordination);
		changes.changed("sectors", SectorFields.replace(p.getSectors(), SectorFields.shares(form.sectors(), form.sectorShares())));
		changes.changed("otherProgrammes", Relations.replace(p.getOtherProgrammes(),
				Relations.byPosition(this.programmes.findAllById(form.contributedProgrammes()))));
		PublicationChoice.apply(form, p, changes);
		return this.relations.apply(form, p, changes);
	}

}
