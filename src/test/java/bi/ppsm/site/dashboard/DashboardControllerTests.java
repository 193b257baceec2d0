package bi.ppsm.site.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditEntryRepository;
import bi.ppsm.site.contact.MessageRepository;
import bi.ppsm.site.contact.MessageStatus;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(DashboardController.class)
class DashboardControllerTests {

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
		given(this.programmes.findByPublishedFalseOrderByName())
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

}
