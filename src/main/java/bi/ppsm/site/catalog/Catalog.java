package bi.ppsm.site.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResult;
import bi.ppsm.site.result.KeyResultRepository;

/**
 * The published programmes and projects, loaded with everything a public page shows, so that
 * templates never touch the database (open-in-view is off). Collections are loaded in batches
 * ({@code hibernate.default_batch_fetch_size}), never one query per row.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final KeyResultRepository results;

	// absent in the web slice tests of other packages, which never show a saved programme's page
	private final ObjectProvider<ProgrammeFigures> figures;

	private final Clock clock;

	Catalog(ProgrammeRepository programmes, ProjectRepository projects, KeyResultRepository results,
			ObjectProvider<ProgrammeFigures> figures, Clock clock) {
		this.programmes = programmes;
		this.projects = projects;
		this.results = results;
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * Projects a programme's page shows (with their results); the others are on the programme's
	 * list of projects ({@link #projectsOf}), its totals count them all (issue 19).
	 */
	public static final int PROJECTS_SHOWN = 12;

	/** The instant public pages judge publication by (the application clock). */
	public Instant now() {
		return this.clock.instant();
	}

	/** The programmes visitors may see now ({@link ProgrammeRepository#VISIBLE}), in their order. */
	public List<Programme> programmes() {
		List<Programme> list = this.programmes.findVisible(now());
		list.forEach(Catalog::load);
		return list;
	}

	/**
	 * The programmes visitors may see now, with only what their cards show (funders and zones):
	 * not their objectives, target groups or organisations' parents. Three queries, whatever
	 * the number of programmes (batches of 64 would add one per 64) (issue 19).
	 */
	public List<Programme> programmeCards() {
		Instant now = now();
		List<Programme> list = this.programmes.findVisible(now);
		if (!list.isEmpty()) {
			this.programmes.fetchZonesOfVisible(now);
			this.programmes.fetchOrganisationsOfVisible(now);
		}
		return list;
	}

	/** The projects visitors may see now ({@link ProjectRepository#VISIBLE}). */
	public List<Project> projects() {
		List<Project> list = this.projects.findAllVisible(now());
		list.forEach(Catalog::load);
		return list;
	}

	/** A programme's page; drafts, scheduled and ended ones only when {@code includeDraft} (staff preview). */
	public Optional<ProgrammeDetail> programme(String slug, boolean includeDraft) {
		Instant now = now();
		return this.programmes.findBySlug(slug).filter(p -> includeDraft || p.isVisibleAt(now)).map(this::detail);
	}

	/** The page of a programme as it stands, saved or not (a new one has no projects or results yet). */
	public ProgrammeDetail detail(Programme programme) {
		load(programme);
		if (programme.getId() == null) {
			return new ProgrammeDetail(programme, List.of(), List.of());
		}
		Instant now = now();
		List<Project> shown = this.projects.findFirstVisibleForProgramme(programme, now,
				PageRequest.of(0, PROJECTS_SHOWN));
		shown.forEach(Catalog::loadCard);
		List<Long> ids = shown.stream().map(Project::getId).toList();
		List<KeyResult> results = loaded(
				this.results.findByProgrammeForProjects(programme, ids.isEmpty() ? List.of(-1L) : ids));
		ProgrammeFigures sums = this.figures.getIfAvailable();
		if (sums == null) {
			// web slice tests: the totals of the projects and results shown
			return new ProgrammeDetail(programme, shown, results);
		}
		return new ProgrammeDetail(programme, shown, results, sums.projectCount(programme.getId(), now),
				sums.budgetTotals(programme.getId(), now), sums.resultTotals(programme.getId()));
	}

	/** A programme visitors may see now, alone (the list of its projects). */
	public Optional<Programme> visibleProgramme(String slug) {
		Instant now = now();
		return this.programmes.findBySlug(slug).filter(p -> p.isVisibleAt(now));
	}

	/** A page (from 0) of the visible projects of a programme, loaded for their cards. */
	public Page<Project> projectsOf(Programme programme, int page, int size) {
		Page<Project> found = this.projects.findVisibleForProgramme(programme, now(), PageRequest.of(page, size));
		found.forEach(Catalog::loadCard);
		return found;
	}

	/** A project's page; drafts, scheduled and ended ones only when {@code includeDraft} (staff preview). */
	public Optional<ProjectDetail> project(String slug, boolean includeDraft) {
		Instant now = now();
		return this.projects.findBySlug(slug)
			.filter(p -> includeDraft || p.isVisibleAt(now))
			.map(this::detail);
	}

	/** The page of a project as it stands, saved or not (a new one has no results yet). */
	public ProjectDetail detail(Project project) {
		load(project);
		return new ProjectDetail(project,
				(project.getId() == null) ? List.of() : loaded(this.results.findByProjectOrderByPosition(project)));
	}

	/** Results with their values per period, fetched in one batch for the page. */
	private static List<KeyResult> loaded(List<KeyResult> results) {
		results.forEach(r -> Hibernate.initialize(r.getPeriods()));
		return results;
	}

	private static void load(Programme programme) {
		programme.getObjectives().forEach(o -> Hibernate.initialize(o.getChildren()));
		programme.getOrganisations().forEach(Catalog::load);
		loadZones(programme.getZones());
		Hibernate.initialize(programme.getTargetGroups());
	}

	static void load(Project project) {
		Hibernate.initialize(project.getProgramme());
		Hibernate.initialize(project.getOtherProgrammes());
		Hibernate.initialize(project.getPhases());
		project.getOrganisations().forEach(Catalog::load);
		loadZones(project.getZones());
		Hibernate.initialize(project.getTargetGroups());
		// issue 15: the sheet's sectors and budget
		Hibernate.initialize(project.getSectors());
		project.getBudgetLines().forEach(l -> {
			Hibernate.initialize(l.getPhase());
			Hibernate.initialize(l.getFunder());
		});
	}

	/** What a project's card shows: its programme (fetched), phases, funders and zones. */
	private static void loadCard(Project project) {
		Hibernate.initialize(project.getPhases());
		project.getOrganisations().forEach(Catalog::load);
		loadZones(project.getZones());
	}

	/** Zones with the province of each commune (maps, filters and zone pages place communes). */
	private static void loadZones(List<bi.ppsm.site.zone.Zone> zones) {
		Hibernate.initialize(zones);
		zones.forEach(z -> Hibernate.initialize(z.getParent()));
	}

	private static void load(Involvement involvement) {
		Hibernate.initialize(involvement.getOrganisation());
		Hibernate.initialize(involvement.getOrganisation().getParent());
	}

	/**
	 * A programme's page: the first {@link #PROJECTS_SHOWN} of its {@code projectCount} projects,
	 * its own results and theirs, and the totals over all of them.
	 */
	public record ProgrammeDetail(Programme programme, List<Project> projects, List<KeyResult> results,
			long projectCount, java.util.Map<String, java.math.BigDecimal> budgetTotals,
			List<ResultTotal> resultTotals) {

		/** A page of these projects and results alone, totals summed here (a preview, a test). */
		public ProgrammeDetail(Programme programme, List<Project> projects, List<KeyResult> results) {
			this(programme, projects, results, projects.size(), BudgetTotals.of(projects), ResultTotal.sums(results));
		}

		/** Whether some projects are only on the programme's list of projects. */
		public boolean hasMoreProjects() {
			return this.projectCount > this.projects.size();
		}

		/** Results that belong to no project, then each project's results, as the page groups them. */
		public List<KeyResult> programmeResults() {
			return this.results.stream().filter(r -> r.getProject() == null).toList();
		}

		public List<ResultGroup> projectResults() {
			return this.projects.stream()
				.map(p -> new ResultGroup(p, this.results.stream()
					.filter(r -> r.getProject() != null && r.getProject().getId().equals(p.getId()))
					.toList()))
				.filter(g -> !g.results().isEmpty())
				.toList();
		}

	}

	/** The sums of results in one unit. */
	public record ResultTotal(String unit, java.math.BigDecimal achieved, java.math.BigDecimal expected, int count) {

		/**
		 * Reached against expected over the results that give both, summed where their units are
		 * the same (issue 15); only units shared by two results or more, a single one says it already.
		 * {@link ProgrammeFigures} sums the same in SQL for a saved programme.
		 */
		static List<ResultTotal> sums(List<KeyResult> results) {
			java.util.Map<String, List<KeyResult>> byUnit = new java.util.LinkedHashMap<>();
			for (KeyResult r : results) {
				if (r.getAchievedValue() != null && r.getExpectedValue() != null && r.getUnit() != null
						&& !r.getUnit().isBlank()) {
					byUnit.computeIfAbsent(r.getUnit().strip().toLowerCase(java.util.Locale.ROOT), u -> new java.util.ArrayList<>())
						.add(r);
				}
			}
			return byUnit.values().stream().filter(rs -> rs.size() > 1).map(ResultTotal::of).toList();
		}

		static ResultTotal of(List<KeyResult> results) {
			java.math.BigDecimal achieved = results.stream().map(KeyResult::getAchievedValue)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
			java.math.BigDecimal expected = results.stream().map(KeyResult::getExpectedValue)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
			return new ResultTotal(results.get(0).getUnit().strip(), achieved, expected, results.size());
		}

		public Integer percent() {
			return (this.expected.signum() <= 0) ? null
					: this.achieved.multiply(java.math.BigDecimal.valueOf(100))
						.divide(this.expected, 0, java.math.RoundingMode.HALF_UP)
						.intValue();
		}

	}

	public record ResultGroup(Project project, List<KeyResult> results) {
	}

	public record ProjectDetail(Project project, List<KeyResult> results) {
	}

}
