package bi.ppsm.site.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.springframework.context.annotation.Import;

import bi.ppsm.site.audit.AuditEntries;
import bi.ppsm.site.audit.AuditEntry;
import bi.ppsm.site.audit.AuditEntryRepository;
import bi.ppsm.site.audit.AuditWording;
import bi.ppsm.site.contact.MessageRepository;
import bi.ppsm.site.contact.MessageStatus;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.project.ProjectStatus;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@WebSliceTest(DashboardController.class)
@Import(AuditWording.class)
class DashboardControllerTests {

	@MockitoBean
	RecordPages pages;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	AuditEntryRepository audit;

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorSeesDraftsAndNoInboxLink() {
		given(this.programmes.findTop20ByPublishedFalseOrderByName())
			.willReturn(List.of(new Programme("brouillon", "Programme en brouillon", "Résumé")));
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.hasViewName("admin/dashboard")
			.hasHeader("Cache-Control", "no-store")
			.hasHeader("X-Robots-Tag", "noindex, nofollow")
			.bodyText()
			.contains("Programme : Programme en brouillon", "/admin/programmes")
			.doesNotContain("href=\"/admin/messages\"", "href=\"/admin/comptes\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aLargeSiteShowsTwentyDraftProjectsAndCountsTheRest() {
		List<Project> twenty = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			twenty.add(new Project(new Programme("p", "Programme", "Résumé"), "brouillon-" + i, "Brouillon " + i,
					ProjectStatus.PLANNED));
		}
		given(this.projects.findTop20ByPublishedFalseOrderByName()).willReturn(twenty);
		given(this.projects.countByPublishedFalse()).willReturn(130L);
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("Projet : Brouillon 0", "Projet : Brouillon 19", "… et 110 autre(s) brouillon(s)");
		verify(this.projects, never()).findByPublishedFalseOrderByName();
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlerSeesTheInboxLinkButNoContent() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("href=\"/admin/messages\"")
			.doesNotContain("href=\"/admin/programmes\"");
	}

	@Autowired
	bi.ppsm.site.contact.MessageRepository messages;

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlerSeesTheUnreadCountOnTheDashboardAndInTheNavigation() {
		given(this.messages.countByStatusAndReadAtIsNull(bi.ppsm.site.contact.MessageStatus.NEW)).willReturn(3L);
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.model()
			.containsEntry("unreadMessages", 3L);
		assertThat(this.mvc.get().uri("/admin")).bodyText().contains("Messages non lus : 3", "Messages (3 non lus)");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsAreNotToldAboutMessages() {
		given(this.messages.countByStatusAndReadAtIsNull(bi.ppsm.site.contact.MessageStatus.NEW)).willReturn(3L);
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk().bodyText().doesNotContain("non lus");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void administratorSeesEverySection() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("href=\"/admin/messages\"", "href=\"/admin/comptes\"", "href=\"/admin/journal\"",
					"href=\"/admin/programmes\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void latestChangesReadInFrenchAndLinkToRecordsThatStillExist() {
		given(this.audit.findLatestContentChanges()).willReturn(List.of(
				entry("UPDATE", "programme", "7", "Rapatriement", "summary, period"),
				entry("CREATE", "key-result", "12", "Enfants suivis", "statement, unit"),
				entry("DELETE", "zone", "3", "Gitega", null)));
		given(this.pages.of("programme", "7", false)).willReturn("/admin/programmes/7");
		given(this.pages.of("key-result", "12", false)).willReturn("/admin/resultats/12");
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/admin/programmes/7\">Programme « Rapatriement » modifié : résumé, dates</a>",
					"<a href=\"/admin/resultats/12\">Résultat clé « Enfants suivis » créé</a>",
					"<span>Zone « Gitega » supprimée</span>", "par redactrice@test")
			.satisfies(html -> assertThat(org.jsoup.Jsoup.parse(html).select("main").text()).as("what staff read")
				.doesNotContain("key-result", "summary", "UPDATE"));
		verify(this.audit, never()).findTop10ByOrderByOccurredAtDescIdDesc();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorGetsContentShortcutsOnly() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("href=\"/admin/programmes/nouveau\"", "Ajouter un programme", "href=\"/admin/projets/nouveau\"",
					"Ajouter un projet")
			.doesNotContain("Voir les messages", "Modifier les paramètres");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void administratorGetsEveryShortcut() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("Ajouter un programme", "Ajouter un projet", "Voir les messages",
					"href=\"/admin/parametres\"", "Modifier les paramètres");
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlerGetsTheMessagesShortcutAndNoContentQuery() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("Voir les messages")
			.doesNotContain("Ajouter un programme", "Modifier les paramètres");
		verifyNoInteractions(this.audit, this.pages);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void accountsAreLinkedForAdministratorsOnly() {
		given(this.audit.findLatestContentChanges())
			.willReturn(List.of(entry("UPDATE", "account", "2", "a@test", "displayName")));
		given(this.pages.of("account", "2", true)).willReturn("/admin/comptes/2");
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/admin/comptes/2\">Compte « a@test » modifié : nom affiché</a>");
	}

	private static AuditEntry entry(String action, String type, String id, String label, String fields) {
		return AuditEntries.of(Instant.parse("2026-03-01T10:00:00Z"), "redactrice@test", action, type, id, label, fields);
	}

}
