package bi.ppsm.site.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditEntryRepository;
import bi.ppsm.site.audit.AuditWording;
import bi.ppsm.site.mail.OutboxMail;
import bi.ppsm.site.mail.OutboxRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * No SMTP server configured (no spring.mail.host in this slice) and mails waiting: the dashboard
 * says how many, in French; nothing when none wait, nor for editors.
 */
@WebSliceTest(DashboardController.class)
@Import(AuditWording.class)
class DashboardOutboxWarningTests {

	@MockitoBean
	RecordPages pages;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	AuditEntryRepository audit;

	@Autowired
	OutboxRepository mails;

	@Autowired
	MockMvcTester mvc;

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void administratorsAreToldHowManyMailsWaitWithoutAnSmtpServer() {
		given(this.mails.countByStatus(OutboxMail.Status.PENDING)).willReturn(12L);
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("12 e-mails attendent : aucun serveur SMTP n’est configuré (SPRING_MAIL_HOST…)");
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlersToo() {
		given(this.mails.countByStatus(OutboxMail.Status.PENDING)).willReturn(1L);
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("1 e-mail attend : aucun serveur SMTP n’est configuré");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void nothingWaitingNothingSaid() {
		given(this.mails.countByStatus(OutboxMail.Status.PENDING)).willReturn(0L);
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk().bodyText().doesNotContain("SMTP");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsAreNotConcerned() {
		given(this.mails.countByStatus(OutboxMail.Status.PENDING)).willReturn(12L);
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk().bodyText().doesNotContain("SMTP");
	}

}
