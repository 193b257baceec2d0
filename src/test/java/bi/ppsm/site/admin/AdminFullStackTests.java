package bi.ppsm.site.admin;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import bi.ppsm.site.audit.AuditEntryRepository;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.figure.HeadlineFigureRepository;
import bi.ppsm.site.mission.MissionRepository;
import bi.ppsm.site.mission.PerspectiveRepository;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.period.DateParts;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectPhaseRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.services.ServiceItemRepository;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The back office on the whole application and the real PostgreSQL: every page renders, an
 * edit reaches the public site, drafts stay hidden, conflicts are refused, Markdown is
 * sanitised. Seeded content is restored after each change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminFullStackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	ProjectRepository projects;

	@Autowired
	ZoneRepository zones;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	TargetGroupRepository targetGroups;

	@Autowired
	ServiceItemRepository services;

	@Autowired
	MissionRepository missions;

	@Autowired
	PerspectiveRepository perspectives;

	@Autowired
	HeadlineFigureRepository figures;

	@Autowired
	KeyResultRepository results;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	ProjectPhaseRepository phases;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditLog auditLog;

	@Test
	void everyAdminPageRendersForAnAdministrator() {
		List<String> pages = new ArrayList<>(List.of("/admin", "/admin/journal", "/admin/comptes",
				"/admin/comptes/nouveau", "/admin/mot-de-passe", "/admin/parametres", "/admin/programmes",
				"/admin/programmes/nouveau", "/admin/projets", "/admin/projets?q=a&page=0", "/admin/projets/nouveau",
				"/admin/organisations", "/admin/organisations?q=giz", "/admin/organisations/nouveau", "/admin/zones",
				"/admin/zones/nouveau", "/admin/groupes-cibles", "/admin/groupes-cibles/nouveau", "/admin/services",
				"/admin/services/nouveau", "/admin/missions", "/admin/missions/nouveau", "/admin/perspectives",
				"/admin/perspectives/nouveau", "/admin/chiffres", "/admin/chiffres/nouveau", "/admin/resultats",
				"/admin/resultats/nouveau"));
		long programme = this.programmes.findBySlug("rapatriement").orElseThrow().getId();
		long project = this.projects.findAll().get(0).getId();
		pages.addAll(List.of("/admin/programmes/" + programme, "/admin/programmes/" + programme + "/apercu",
				"/admin/programmes/" + programme + "/supprimer", "/admin/projets/" + project,
				"/admin/projets/" + project + "/apercu", "/admin/projets/" + project + "/supprimer", "/admin/projets/" + project + "/phases",
				"/admin/resultats?programme=" + programme, "/admin/programmes/" + programme + "/objectifs"));
		long droits = this.programmes.findBySlug("promotion-et-defense-des-droits").orElseThrow().getId();
		pages.add("/admin/programmes/" + droits + "/objectifs");
		pages.add("/admin/organisations/" + this.organisations.findBySlug("giz").orElseThrow().getId());
		pages.add("/admin/organisations/" + this.organisations.findBySlug("giz").orElseThrow().getId() + "/supprimer");
		pages.add("/admin/zones/" + this.zones.findBySlug("gitega").orElseThrow().getId());
		pages.add("/admin/zones/" + this.zones.findBySlug("gitega").orElseThrow().getId() + "/supprimer");
		pages.add("/admin/groupes-cibles/" + this.targetGroups.findAll().get(0).getId());
		pages.add("/admin/services/" + this.services.findAll().get(0).getId());
		pages.add("/admin/missions/" + this.missions.findAll().get(0).getId());
		pages.add("/admin/perspectives/" + this.perspectives.findAll().get(0).getId());
		pages.add("/admin/chiffres/" + this.figures.findAll().get(0).getId());
		pages.add("/admin/resultats/" + this.results.findAll().get(0).getId());
		var phase = this.phases.findAll().get(0);
		pages.add("/admin/projets/" + phase.getProject().getId() + "/phases/" + phase.getId());
		for (String page : pages) {
			MvcTestResult result = this.mvc.get().uri(page).with(user("admin@test").roles("ADMINISTRATOR")).exchange();
			assertThat(result).as(page).hasStatusOk();
		}
	}

	@Test
	void zoneInUseCannotBeDeleted() {
		long gitega = this.zones.findBySlug("gitega").orElseThrow().getId();
		assertThat(this.mvc.get().uri("/admin/zones/" + gitega + "/supprimer").with(user("e@test").roles("EDITOR")))
			.hasStatusOk()
			.bodyText()
			.contains("encore utilisée par", "Protection de l");
		assertThat(this.mvc.post().uri("/admin/zones/" + gitega + "/supprimer").with(user("e@test").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.zones.findById(gitega)).isPresent();
	}

	@Test
	void editorChangesAProgrammeAndThePublicPageShowsIt() {
		Programme programme = this.programmes.findBySlug("rapatriement").orElseThrow();
		String summary = programme.getSummary();
		try {
			assertThat(save(programme, "Un résumé **tout neuf** pour les visiteurs.", programme.getVersion()))
				.hasStatus(HttpStatus.FOUND);
			assertThat(this.mvc.get().uri("/programmes/rapatriement")).hasStatusOk()
				.bodyText()
				.contains("Un résumé <strong>tout neuf</strong> pour les visiteurs.");
			assertThat(this.audit.findTop10ByOrderByOccurredAtDescIdDesc()).anySatisfy(entry -> {
				assertThat(entry.getActor()).isEqualTo("redactrice@test");
				assertThat(entry.getEntityType()).isEqualTo("programme");
				assertThat(entry.getChangedFields()).isEqualTo("summary");
			});
			assertThat(this.mvc.get().uri("/admin").with(user("redactrice@test").roles("EDITOR"))).hasStatusOk()
				.bodyText()
				.contains("<a href=\"/admin/programmes/" + programme.getId()
						+ "\">Programme « Rapatriement » modifié : résumé</a>");
		}
		finally {
			restoreSummary(programme.getId(), summary);
		}
	}

	@Test
	void readsOfMessagesStayOutOfTheLatestChangesAndHaveTheirOwnFilter() {
		this.transactions.executeWithoutResult(
				status -> this.auditLog.record("READ", "message", 999999, "Aline – Message lu en test", List.of()));
		try {
			var admin = user("admin@test").roles("ADMINISTRATOR");
			assertThat(this.mvc.get().uri("/admin").with(admin)).hasStatusOk()
				.bodyText()
				.doesNotContain("Message lu en test");
			assertThat(this.mvc.get().uri("/admin/journal?kind=messages").with(admin)).hasStatusOk()
				.bodyText()
				.contains("Message lu en test", ">Message</td>", ">lecture</td>");
			assertThat(this.mvc.get().uri("/admin/journal?kind=contenu").with(admin)).hasStatusOk()
				.bodyText()
				.doesNotContain("Message lu en test");
		}
		finally {
			this.audit.findAll()
				.stream()
				.filter(e -> "Aline – Message lu en test".equals(e.getEntityLabel()))
				.forEach(this.audit::delete);
		}
	}

	@Test
	void conflictingEditIsRefusedAndKeepsTheText() {
		Programme programme = this.programmes.findBySlug("rapatriement").orElseThrow();
		String summary = programme.getSummary();
		int version = programme.getVersion();
		try {
			assertThat(save(programme, "First edit.", version)).hasStatus(HttpStatus.FOUND);
			assertThat(save(programme, "Second edit, on a stale version.", version)).hasStatusOk()
				.bodyText()
				.contains("Second edit, on a stale version.", "Quelqu’un d’autre a modifié cette fiche");
			assertThat(this.programmes.findById(programme.getId()).orElseThrow().getSummary())
				.isEqualTo("First edit.");
		}
		finally {
			restoreSummary(programme.getId(), summary);
		}
	}

	@Test
	void scriptInMarkdownComesOutSanitised() {
		Programme programme = this.programmes.findBySlug("rapatriement").orElseThrow();
		String summary = programme.getSummary();
		try {
			assertThat(save(programme, "Texte <script>alert('x')</script> <img src=x onerror=alert(1)> "
					+ "[lien](javascript:alert(2)) fin", programme.getVersion()))
				.hasStatus(HttpStatus.FOUND);
			assertThat(this.mvc.get().uri("/programmes/rapatriement")).hasStatusOk()
				.bodyText()
				.contains("Texte &lt;script&gt;")
				.doesNotContain("<script>alert", "onerror=", "href=\"javascript");
		}
		finally {
			restoreSummary(programme.getId(), summary);
		}
	}

	@Test
	void draftIsHiddenFromVisitorsButPreviewableByStaff() {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/nouveau")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("slug", "brouillon-de-test")
			.param("name", "Programme en brouillon")
			.param("summary", "Pas encore publié.")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		Programme draft = this.programmes.findBySlug("brouillon-de-test").orElseThrow();
		try {
			assertThat(draft.isPublished()).isFalse();
			assertThat(this.mvc.get().uri("/programmes/brouillon-de-test")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.get().uri("/programmes")).bodyText().doesNotContain("Programme en brouillon");
			assertThat(this.mvc.get().uri("/admin/programmes/" + draft.getId() + "/apercu"))
				.hasStatus(HttpStatus.FOUND);
			assertThat(this.mvc.get()
				.uri("/admin/programmes/" + draft.getId() + "/apercu")
				.with(user("redactrice@test").roles("EDITOR"))).hasStatusOk()
				.bodyText()
				.contains("Programme en brouillon", "Pas encore publié.");
		}
		finally {
			assertThat(this.mvc.post()
				.uri("/admin/programmes/" + draft.getId() + "/supprimer")
				.with(user("redactrice@test").roles("EDITOR"))
				.with(csrf())).hasStatus(HttpStatus.FOUND);
		}
		assertThat(this.programmes.findBySlug("brouillon-de-test")).isEmpty();
	}

	private MvcTestResult save(Programme programme, String summary, int version) {
		Programme current = this.transactions.execute(status -> {
			Programme p = this.programmes.findById(programme.getId()).orElseThrow();
			p.getZones().size();
			p.getTargetGroups().size();
			p.getOrganisations().forEach(i -> i.getOrganisation().getId());
			return p;
		});
		var request = this.mvc.post()
			.uri("/admin/programmes/" + programme.getId())
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("slug", current.getSlug())
			.param("name", current.getName())
			.param("summary", summary)
			.param("version", String.valueOf(version))
			.param("publication", current.isPublished() ? "NOW" : "DRAFT");
		if (current.getCardText() != null) {
			request = request.param("cardText", current.getCardText());
		}
		if (current.getProjectsNote() != null) {
			request = request.param("projectsNote", current.getProjectsNote());
		}
		var period = current.getPeriod();
		var start = DateParts.of(period.getStart(), period.getStartPrecision());
		var end = DateParts.of(period.getEnd(), period.getEndPrecision());
		String[] parts = { "startYear", start.year(), "startMonth", start.month(), "startDay", start.day(), "endYear",
				end.year(), "endMonth", end.month(), "endDay", end.day() };
		for (int i = 0; i < parts.length; i += 2) {
			if (parts[i + 1] != null) {
				request = request.param(parts[i], parts[i + 1]);
			}
		}
		for (var zone : current.getZones()) {
			request = request.param("zones", zone.getId().toString());
		}
		for (var group : current.getTargetGroups()) {
			request = request.param("targetGroups", group.getId().toString());
		}
		for (var funder : current.getFunders()) {
			request = request.param("funders", funder.getOrganisation().getId().toString());
		}
		for (var partner : current.getPartners()) {
			request = request.param("partners", partner.getOrganisation().getId().toString());
		}
		return request.exchange();
	}

	private void restoreSummary(long id, String summary) {
		this.transactions.executeWithoutResult(status -> this.programmes.findById(id).orElseThrow().setSummary(summary));
	}

}
