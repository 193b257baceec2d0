package bi.ppsm.site.iati;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectChecklist;
import bi.ppsm.site.project.ProjectChecklist.Item;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResult;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.settings.SiteSettings;
import bi.ppsm.site.settings.SiteSettingsRepository;

/**
 * What the IATI file holds: every programme and project with the rules' verdict, the ready
 * ones exported (programmes as hierarchy 1, projects as hierarchy 2 under their programme).
 * Also the "Prêt pour IATI" checklist of a project's edit page.
 */
@Service
public class IatiExport implements ProjectChecklist {

	/**
	 * Projects read at a time by the activities file: as many as Hibernate loads the relations
	 * of in one query ({@code hibernate.default_batch_fetch_size}).
	 */
	static final int BATCH = 64;

	private final SiteSettingsRepository settings;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final Codelists codelists;

	private final Clock clock;

	private final KeyResultRepository results;

	private final EntityManager entityManager;

	IatiExport(SiteSettingsRepository settings, ProgrammeRepository programmes, ProjectRepository projects,
			Codelists codelists, org.springframework.beans.factory.ObjectProvider<Clock> clock,
			KeyResultRepository results, EntityManager entityManager) {
		this.results = results;
		this.entityManager = entityManager;
		this.settings = settings;
		this.programmes = programmes;
		this.projects = projects;
		this.codelists = codelists;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/**
	 * An activity of the file or left out of it, with what the rules found.
	 * @param parent the identifier of its parent activity when that one is exported too
	 */
	public record Entry(Activity activity, String identifier, List<Item> items, boolean exported, String parent,
			List<String> children, List<KeyResult> results) {

		public List<Item> blocking() {
			return this.items.stream().filter(Item::blocking).toList();
		}

		public List<Item> remarks() {
			return this.items.stream().filter(i -> !i.blocking()).toList();
		}

	}

	/**
	 * The whole file's content; {@code organisation} null when the settings give no identifier (nothing exported).
	 * @param today the day the rules were checked on (no transaction after it)
	 */
	public record Snapshot(String organisation, String organisationType, String organisationName, List<Entry> entries,
			LocalDate today) {

		public List<Entry> exported() {
			return this.entries.stream().filter(Entry::exported).toList();
		}

		public List<Entry> leftOut() {
			return this.entries.stream().filter(e -> !e.exported()).toList();
		}

	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The file as it would be now, nothing stored (the admin page). */
	@Transactional(readOnly = true)
	public Snapshot preview() {
		return snapshot();
	}

	/** Whether the settings give the organisation identifier, without which nothing is published. */
	@Transactional(readOnly = true)
	boolean isConfigured() {
		return this.settings.get().getIatiIdentifier() != null;
	}

	/** Writes the activities file, freezing the identifiers of activities exported for the first time. */
	@Transactional
	void writeActivities(OutputStream out) throws XMLStreamException {
		writeActivities(out, Instant.now(this.clock));
	}

	/**
	 * The activities file generated at {@code generated}: the exported entries of the snapshot
	 * the admin page previews ({@link IatiXml#activities}), with the projects read in batches of {@link #BATCH}
	 * (each let go once used) rather than all at once: a first reading finds which projects are
	 * exported under each programme (a programme lists its children), then the programmes are
	 * written, then the projects, read again. The identifier of an activity exported for the first
	 * time is stored once it is written, and never changes afterwards (the file shows the
	 * activity's last change from before that).
	 */
	@Transactional
	void writeActivities(OutputStream out, Instant generated) throws XMLStreamException {
		SiteSettings site = this.settings.get();
		String organisation = site.getIatiIdentifier();
		LocalDate today = today();
		Snapshot header = new Snapshot(organisation, site.getIatiOrgType(), site.getSiteName(), List.of(), today);
		IatiXml.Activities file = IatiXml.beginActivities(header, generated, out);
		if (organisation == null) {
			file.end();
			return;
		}
		List<Long> ids = this.projects.findIdsByName();
		Map<Long, List<String>> children = new HashMap<>();
		forEachProject(ids, (p, results) -> {
			Entry e = projectEntry(p, organisation, today, results, null);
			if (e.exported()) {
				children.computeIfAbsent(e.activity().parentId(), k -> new ArrayList<>()).add(e.identifier());
			}
		});
		Map<Long, List<KeyResult>> byProgramme = new HashMap<>();
		for (KeyResult r : this.results.findByProjectIsNullOrderByPositionAscIdAsc()) {
			byProgramme.computeIfAbsent(r.getProgramme().getId(), k -> new ArrayList<>()).add(r);
		}
		Map<Long, String> parents = new HashMap<>();
		for (Programme p : this.programmes.findAllByOrderByPosition()) {
			Entry e = programmeEntry(p, organisation, today, byProgramme.getOrDefault(p.getId(), List.of()));
			if (e.exported()) {
				e.children().addAll(children.getOrDefault(p.getId(), List.of()));
				parents.put(p.getId(), e.identifier());
				file.write(e);
				if (e.activity().frozenIdentifier() == null) {
					p.setIatiIdentifier(e.identifier());
				}
			}
		}
		forEachProject(ids, (p, results) -> {
			Entry e = projectEntry(p, organisation, today, results, parents.get(p.getProgramme().getId()));
			if (e.exported()) {
				file.write(e);
				if (e.activity().frozenIdentifier() == null) {
					p.setIatiIdentifier(e.identifier());
				}
			}
		});
		// the programmes' identifiers too when there is no project
		this.entityManager.flush();
		file.end();
	}

	/** What is done with each project of a batch, given its results. */
	private interface ProjectAction {

		void accept(Project project, List<KeyResult> results) throws XMLStreamException;

	}

	/**
	 * Every project of {@code ids} in that order, read with its programme and results in batches,
	 * each batch's changes written and the batch let go before the next one.
	 */
	private void forEachProject(List<Long> ids, ProjectAction action) throws XMLStreamException {
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			Map<Long, Project> byId = new HashMap<>();
			this.projects.findWithProgrammeByIdIn(batch).forEach(p -> byId.put(p.getId(), p));
			Map<Long, List<KeyResult>> results = new HashMap<>();
			for (KeyResult r : this.results.findByProjectIdInOrderByPositionAscIdAsc(batch)) {
				results.computeIfAbsent(r.getProject().getId(), k -> new ArrayList<>()).add(r);
			}
			for (Long id : batch) {
				Project p = byId.get(id);
				if (p != null) {
					action.accept(p, results.getOrDefault(id, List.of()));
				}
			}
			this.entityManager.flush();
			this.entityManager.clear();
		}
	}

	/** The organisation file: only the organisation's own fields, no activity is read. */
	@Transactional(readOnly = true)
	void writeOrganisation(OutputStream out) throws XMLStreamException {
		SiteSettings site = this.settings.get();
		IatiXml.organisation(new Snapshot(site.getIatiIdentifier(), site.getIatiOrgType(), site.getSiteName(),
				List.of(), today()), Instant.now(this.clock), out);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> check(Project project) {
		SiteSettings site = this.settings.get();
		List<Item> items = new ArrayList<>();
		if (site.getIatiIdentifier() == null) {
			items.add(IatiRules.blocking("noOrganisation"));
		}
		String organisation = (site.getIatiIdentifier() != null) ? site.getIatiIdentifier() : "XX-XXX";
		items.addAll(IatiRules.check(Activity.of(project, this.clock.instant()), organisation, today(), this.codelists));
		return items;
	}

	private Snapshot snapshot() {
		SiteSettings site = this.settings.get();
		String organisation = site.getIatiIdentifier();
		List<Entry> entries = new ArrayList<>();
		if (organisation == null) {
			return new Snapshot(null, site.getIatiOrgType(), site.getSiteName(), entries, today());
		}
		LocalDate today = today();
		// every result in one query, then shared out: not one query per programme and per project
		Map<Long, List<KeyResult>> byProgramme = new HashMap<>();
		Map<Long, List<KeyResult>> byProject = new HashMap<>();
		for (KeyResult r : this.results.findAllByOrderByPositionAscIdAsc()) {
			if (r.getProject() == null) {
				byProgramme.computeIfAbsent(r.getProgramme().getId(), k -> new ArrayList<>()).add(r);
			}
			else {
				byProject.computeIfAbsent(r.getProject().getId(), k -> new ArrayList<>()).add(r);
			}
		}
		List<Entry> programmeEntries = new ArrayList<>();
		for (Programme p : this.programmes.findAllByOrderByPosition()) {
			programmeEntries.add(programmeEntry(p, organisation, today, byProgramme.getOrDefault(p.getId(), List.of())));
		}
		List<Entry> projectEntries = new ArrayList<>();
		for (Project p : this.projects.findAllByOrderByNameAsc()) {
			Entry parent = programmeEntries.stream()
				.filter(e -> e.exported() && e.activity().id() == p.getProgramme().getId())
				.findFirst()
				.orElse(null);
			Entry entry = projectEntry(p, organisation, today, byProject.getOrDefault(p.getId(), List.of()),
					(parent != null) ? parent.identifier() : null);
			if (parent != null && entry.exported()) {
				parent.children().add(entry.identifier());
			}
			projectEntries.add(entry);
		}
		entries.addAll(programmeEntries);
		entries.addAll(projectEntries);
		return new Snapshot(organisation, site.getIatiOrgType(), site.getSiteName(), entries, today);
	}

	/** A programme's entry: the rules' verdict on it and on its own results. */
	private Entry programmeEntry(Programme p, String organisation, LocalDate today, List<KeyResult> results) {
		Activity a = Activity.of(p, today, this.clock.instant());
		List<Item> items = IatiRules.check(a, organisation, today, this.codelists);
		items.addAll(IatiRules.checkResults(results, today));
		return new Entry(a, a.identifier(organisation), items, items.stream().noneMatch(Item::blocking), null,
				new ArrayList<>(), results);
	}

	/** A project's entry under {@code parent}, the identifier of its programme when that one is exported. */
	private Entry projectEntry(Project p, String organisation, LocalDate today, List<KeyResult> results,
			String parent) {
		Activity a = Activity.of(p, this.clock.instant());
		List<Item> items = IatiRules.check(a, organisation, today, this.codelists);
		items.addAll(IatiRules.checkResults(results, today));
		return new Entry(a, a.identifier(organisation), items, items.stream().noneMatch(Item::blocking), parent,
				List.of(), results);
	}

}
