package bi.ppsm.site.programme;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Positions;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.redirect.Redirects;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.system.NotFoundException;

/** Saves of programmes: the programme, its relations and the audit log, in one transaction. */
@Service
@Transactional
public class ProgrammeService {

	private final ProgrammeRepository programmes;

	private final Relations relations;

	private final AuditLog audit;

	private final SectorFields sectors;

	private final Redirects redirects;

	private final Clock clock;

	private final Revisions revisions;

	ProgrammeService(ProgrammeRepository programmes, Relations relations, AuditLog audit, SectorFields sectors,
			Redirects redirects, Clock clock, Revisions revisions) {
		this.clock = clock;
		this.revisions = revisions;
		this.redirects = redirects;
		this.sectors = sectors;
		this.programmes = programmes;
		this.relations = relations;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Programme find(long id) {
		return this.programmes.findById(id).orElseThrow(() -> new NotFoundException("programme " + id));
	}

	/** The sector rows' choices, and whether the programme's sectors are still the site's proposal. */
	void addSectorOptions(org.springframework.ui.Model model, Programme programme) {
		this.sectors.addOptions(model, ProgrammeForm.SECTOR_ROWS);
		model.addAttribute("sectorsProposed", programme != null && !programme.getSectors().isEmpty()
				&& programme.getSectors().stream().allMatch(SectorShare::isProposed));
	}

	/** What the form's fields cannot check alone: the period's dates and their order, the publication dates, a free slug. */
	@Transactional(readOnly = true)
	void check(ProgrammeForm form, Programme current, Errors errors) {
		form.checkPeriod(errors);
		form.checkPublication(this.clock.instant(), errors);
		this.sectors.check(form.sectors(), form.sectorShares(), errors);
		if (form.slug() != null) {
			this.programmes.findBySlug(form.slug())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> errors.rejectValue("slug", "slugTaken"));
		}
	}

	Programme create(ProgrammeForm form) {
		Programme programme = new Programme(form.slug(), form.name(), form.summary());
		programme.setPosition((int) this.programmes.count() + 1);
		Changes changes = apply(form, programme);
		this.programmes.save(programme);
		this.revisions.created("programme", programme.getId());
		this.audit.record("CREATE", "programme", programme.getId(), programme.getName(), changes.fields());
		return programme;
	}

	void update(long id, ProgrammeForm form) {
		this.revisions.track("programme", id);
		Programme programme = find(id);
		String before = programme.getSlug();
		Changes changes = apply(form, programme);
		// the old address keeps working: a 301 to the new one
		this.redirects.moved("/programmes/" + before, "/programmes/" + programme.getSlug());
		this.audit.record("UPDATE", "programme", programme.getId(), programme.getName(), changes.fields());
	}

	/**
	 * The programme as the form would make it, for a preview: the form is applied as a save
	 * would, without the audit log. Call it only in a transaction that is rolled back.
	 */
	Programme applyUnsaved(Programme current, ProgrammeForm form) {
		Programme programme = (current != null) ? current : new Programme(form.slug(), form.name(), form.summary());
		apply(form, programme);
		return programme;
	}

	/** The projects a programme leads: while there are any, it cannot be deleted. */
	@Transactional(readOnly = true)
	List<String> usages(long id) {
		return this.programmes.namesOfProjectsLedBy(id);
	}

	void delete(long id) {
		Programme programme = find(id);
		this.audit.record("DELETE", "programme", programme.getId(), programme.getName(), List.of());
		this.programmes.delete(programme);
	}

	/** One place up ({@code -1}) or down ({@code 1}); tells whether it moved. */
	boolean move(long id, int step) {
		Programme programme = find(id);
		boolean moved = Positions.move(this.programmes.findAllByOrderByPosition(), p -> p.getId() == id, step,
				Programme::setPosition);
		if (moved) {
			this.audit.record("MOVE", "programme", id, programme.getName(), List.of("position"));
		}
		return moved;
	}

	private Changes apply(ProgrammeForm form, Programme p) {
		Changes changes = new Changes().set("slug", p.getSlug(), form.slug(), p::setSlug)
			.set("name", p.getName(), form.name(), p::setName)
			.set("cardText", p.getCardText(), form.cardText(), p::setCardText)
			.set("summary", p.getSummary(), form.summary(), p::setSummary)
			.set("projectsNote", p.getProjectsNote(), form.projectsNote(), p::setProjectsNote)
			.set("period", p.getPeriod(), form.period(), p::setPeriod);
		// a sector the seed proposed stays a proposal until staff tick "confirm" or change it
		List<SectorShare> chosen = SectorFields.shares(form.sectors(), form.sectorShares());
		if (Boolean.TRUE.equals(form.confirmSectors()) || !SectorFields.keepsProposal(p.getSectors(), chosen)) {
			changes.changed("sectors", SectorFields.replace(p.getSectors(), chosen));
		}
		PublicationChoice.apply(form, p, changes);
		return this.relations.apply(form, p, changes);
	}

}
