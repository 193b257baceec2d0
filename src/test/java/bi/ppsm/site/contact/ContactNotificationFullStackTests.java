package bi.ppsm.site.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.mail.OutboxSender;
import bi.ppsm.site.mail.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Nobody left unnotified: with no notification address in the site settings, every enabled
 * administrator and inbox handler gets the notification (real SMTP server); with one, only it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContactNotificationFullStackTests {

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OutboxSender sender;

	@Autowired
	TimeTrap timeTrap;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** Kept settings are read again once told, as an admin save tells at once (the notification comes a moment later). */
	@Autowired
	PageCache pageCache;

	@Autowired
	Clock clock;

	final List<StaffAccount> created = new ArrayList<>();

	String unique;

	String previousNotificationEmails;

	@BeforeEach
	void remember() {
		TestMailServer.start();
		this.unique = Long.toString(System.nanoTime());
		this.previousNotificationEmails = this.jdbc.queryForObject("select notification_emails from site_settings",
				String.class);
	}

	@AfterEach
	void restore() {
		this.jdbc.update("update site_settings set notification_emails = ?", this.previousNotificationEmails);
		this.pageCache.invalidateAll();
		this.accounts.deleteAll(this.created);
	}

	StaffAccount account(String name, StaffRole role, boolean enabled) {
		StaffAccount account = new StaffAccount(name + "-" + this.unique + "@ppsm.test", name, role, "{noop}unused");
		account.setEnabled(enabled);
		StaffAccount saved = this.accounts.save(account);
		this.created.add(saved);
		return saved;
	}

	void send(String writer) {
		assertThat(this.mvc.post().uri("/contact").with(csrf()).with(r -> {
			r.setRemoteAddr("10.44." + (this.unique.hashCode() & 0x7f) + ".9");
			return r;
		})
			.param("email", writer)
			.param("subject", "SUPPORT")
			.param("message", "Un message confidentiel qui ne doit pas partir.")
			.param("token", this.timeTrap.issueAt(this.clock.millis() - 10_000))
			.param("website", "")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contact/merci");
		this.sender.runOnce();
	}

	@Test
	void withoutANotificationAddressEveryEnabledAdministratorAndInboxHandlerIsNotified() throws Exception {
		this.jdbc.update("update site_settings set notification_emails = null");
		this.pageCache.invalidateAll();
		StaffAccount admin = account("admin", StaffRole.ADMINISTRATOR, true);
		StaffAccount handler = account("ecoute", StaffRole.INBOX_HANDLER, true);
		StaffAccount disabledAdmin = account("ancien-admin", StaffRole.ADMINISTRATOR, false);
		StaffAccount disabledHandler = account("ancienne-ecoute", StaffRole.INBOX_HANDLER, false);
		StaffAccount editor = account("redaction", StaffRole.EDITOR, true);

		send("personne-" + this.unique + "@exemple.bi");

		for (StaffAccount notified : List.of(admin, handler)) {
			var mails = TestMailServer.to(notified.getEmail());
			assertThat(mails).as(notified.getEmail()).hasSize(1);
			assertThat(mails.get(0).getContent().toString()).contains("/admin/messages/")
				.doesNotContain("confidentiel", "personne-" + this.unique);
		}
		for (StaffAccount silent : List.of(disabledAdmin, disabledHandler, editor)) {
			assertThat(TestMailServer.to(silent.getEmail())).as(silent.getEmail()).isEmpty();
		}
	}

	@Test
	void aNotificationAddressInTheSettingsIsTheOnlyOneNotified() {
		String team = "equipe-" + this.unique + "@ppsm.test";
		this.jdbc.update("update site_settings set notification_emails = ?", team);
		this.pageCache.invalidateAll();
		StaffAccount admin = account("admin", StaffRole.ADMINISTRATOR, true);
		StaffAccount handler = account("ecoute", StaffRole.INBOX_HANDLER, true);

		send("autre-" + this.unique + "@exemple.bi");

		assertThat(TestMailServer.to(team)).hasSize(1);
		assertThat(TestMailServer.to(admin.getEmail())).isEmpty();
		assertThat(TestMailServer.to(handler.getEmail())).isEmpty();
	}

	@Test
	void withAnSmtpServerConfiguredTheDashboardDoesNotWarnAboutWaitingMails() {
		String recipient = "attente-" + this.unique + "@ppsm.test";
		this.jdbc.update("insert into outbox_mail (kind, recipient, subject, body, message_id_header, status, "
				+ "next_attempt_at, created_at) values ('NOTIFICATION', ?, 'Sujet', 'Corps', ?, 'PENDING', "
				+ "now() + interval '1 day', now())", recipient, "<" + this.unique + "@ppsm.test>");
		try {
			assertThat(this.mvc.get().uri("/admin").with(user("admin@ppsm.test").roles("ADMINISTRATOR"))).hasStatusOk()
				.bodyText()
				.doesNotContain("SMTP");
		}
		finally {
			this.jdbc.update("delete from outbox_mail where recipient = ?", recipient);
		}
	}

}
