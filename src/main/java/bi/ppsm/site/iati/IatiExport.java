package bi.ppsm.site.iati;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private final SiteSettingsRepository settings;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final Codelists codelists;

	private final Clock clock;

	private final KeyResultRepository results;

	IatiExport(SiteSettingsRepository settings, ProgrammeRepository programmes, ProjectRepository projects,
			Codelists codelists, org.springframework.beans.factory.ObjectProvider<Clock> clock,
			KeyResultRepository results) {
		this.results = results;
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

	/**
	 * The file as it is published: the identifiers of the exported activities are stored the
	 * first time, and never change afterwards.
	 */
	@Transactional
	Snapshot publish() {
		Snapshot snapshot = snapshot();
		if (snapshot.organisation() == null) {
			return snapshot;
		}
		for (Entry e : snapshot.exported()) {
			if (e.activity().frozenIdentifier() == null) {
				if (e.activity().isProgramme()) {
					this.programmes.findById(e.activity().id()).ifPresent(p -> p.setIatiIdentifier(e.identifier()));
				}
				else {
					this.projects.findById(e.activity().id()).ifPresent(p -> p.setIatiIdentifier(e.identifier()));
				}
			}
		}
		this.projects.flush();
		return snapshot;
	}

	/** Whether the settings give the organisation identifier, without which nothing is published. */
	@Transactional(readOnly = true)
	boolean isConfigured() {
		return this.settings.get().getIatiIdentifier() != null;
	}

	/** Writes the activities file, freezing the identifiers of activities exported for the first time. */
	@Transactional
	void writeActivities(java.io.OutputStream out) throws javax.xml.stream.XMLStreamException {
		IatiXml.activities(publish(), java.time.Instant.now(this.clock), out);
	}

	@Transactional(readOnly = true)
	void writeOrganisation(java.io.OutputStream out) throws javax.xml.stream.XMLStreamException {
		IatiXml.organisation(snapshot(), java.time.Instant.now(this.clock), out);
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
			Activity a = Activity.of(p, today, this.clock.instant());
			List<Item> items = IatiRules.check(a, organisation, today, this.codelists);
			List<KeyResult> results = byProgramme.getOrDefault(p.getId(), List.of());
			items.addAll(IatiRules.checkResults(results, today));
			programmeEntries.add(new Entry(a, a.identifier(organisation), items,
					items.stream().noneMatch(Item::blocking), null, new ArrayList<>(), results));
		}
		List<Entry> projectEntries = new ArrayList<>();
		for (Project p : this.projects.findAllByOrderByNameAsc()) {
			Activity a = Activity.of(p, this.clock.instant());
			List<Item> items = IatiRules.check(a, organisation, today, this.codelists);
			List<KeyResult> results = byProject.getOrDefault(p.getId(), List.of());
			items.addAll(IatiRules.checkResults(results, today));
			boolean exported = items.stream().noneMatch(Item::blocking);
			Entry parent = programmeEntries.stream()
				.filter(e -> e.exported() && e.activity().id() == a.parentId())
				.findFirst()
				.orElse(null);
			Entry entry = new Entry(a, a.identifier(organisation), items, exported,
					(parent != null) ? parent.identifier() : null, List.of(), results);
			if (parent != null && exported) {
				parent.children().add(entry.identifier());
			}
			projectEntries.add(entry);
		}
		entries.addAll(programmeEntries);
		entries.addAll(projectEntries);
		return new Snapshot(organisation, site.getIatiOrgType(), site.getSiteName(), entries, today);
	}

}
