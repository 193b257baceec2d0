package bi.ppsm.site.contact;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.mail.OutboxMail;
import bi.ppsm.site.mail.OutboxRepository;
import bi.ppsm.site.mail.OutboxSender;
import bi.ppsm.site.mail.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The contact form on the whole application, the real PostgreSQL and a real SMTP server:
 * store first, acknowledgement and notification through the outbox, spam, replies, header
 * injection, access to the inbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContactFullStackTests {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageRepository messages;

	@Autowired
	OutboxRepository mails;

	@Autowired
	OutboxSender sender;

	@Autowired
	TimeTrap timeTrap;

	@Autowired
	JdbcTemplate jdbc;

	/** Kept settings are read again once told, as an admin save tells at once (the notification comes a moment later). */
	@Autowired
	PageCache pageCache;

	@Autowired
	Clock clock;

	String staff;

	String previousNotificationEmails;

	String unique;

	@BeforeEach
	void notifyAUniqueStaffAddress() {
		TestMailServer.start();
		this.unique = System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
		this.staff = "equipe-" + this.unique + "@ppsm.test";
		this.previousNotificationEmails = this.jdbc.queryForObject("select notification_emails from site_settings",
				String.class);
		this.jdbc.update("update site_settings set notification_emails = ?", this.staff);
		this.pageCache.invalidateAll();
	}

	@AfterEach
	void restoreSettings() {
		TestMailServer.start();
		this.jdbc.update("update site_settings set notification_emails = ?", this.previousNotificationEmails);
		this.pageCache.invalidateAll();
	}

	String writer() {
		return "ecrivain-" + this.unique + "@exemple.bi";
	}

	String address() {
		return "10." + (SEQUENCE.incrementAndGet() % 250) + "." + (System.nanoTime() % 250) + ".7";
	}

	String oldEnoughToken() {
		return this.timeTrap.issueAt(this.clock.millis() - 10_000);
	}

	MvcTestResult send(String email, String name, String message, String token, String honeypot, String ip) {
		var request = this.mvc.post().uri("/contact").with(csrf()).with(r -> {
			r.setRemoteAddr(ip);
			return r;
		}).param("email", email).param("subject", "SUPPORT").param("message", message).param("token", token);
		if (name != null) {
			request = request.param("name", name);
		}
		if (honeypot != null) {
			request = request.param("website", honeypot);
		}
		return request.exchange();
	}

	ContactMessage lastFrom(String email) {
		return this.messages.findAll()
			.stream()
			.filter(m -> m.getEmail().equals(email))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	static String content(MimeMessage mail) throws Exception {
		return mail.getContent().toString();
	}

	@Test
	void messageIsStoredTheWriterGetsTheFixedAcknowledgementAndStaffAMailWithoutTheBody() throws Exception {
		assertThat(send(writer(), "Aline Secrète", "Mon fils a disparu depuis hier soir.", oldEnoughToken(), "",
				address())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contact/merci");
		ContactMessage message = lastFrom(writer());
		assertThat(message.getStatus()).isEqualTo(MessageStatus.NEW);
		assertThat(message.isPriority()).isTrue();
		assertThat(this.mails.findByMessageIdOrderByCreatedAtAsc(message.getId())).extracting(OutboxMail::getStatus)
			.containsOnly(OutboxMail.Status.PENDING);

		this.sender.runOnce();

		List<MimeMessage> acks = TestMailServer.to(writer());
		assertThat(acks).hasSize(1);
		assertThat(acks.get(0).getSubject()).isEqualTo("PPSM : nous avons bien reçu votre message");
		assertThat(content(acks.get(0))).contains("116").doesNotContain("Aline", "disparu", "soutien");
		assertThat(acks.get(0).getHeader("Message-ID")[0]).isEqualTo(this.messages.findById(message.getId()).orElseThrow().getAckMessageId());
		List<MimeMessage> notifications = TestMailServer.to(this.staff);
		assertThat(notifications).hasSize(1);
		assertThat(content(notifications.get(0))).contains("/admin/messages/" + message.getId())
			.doesNotContain("disparu", "Aline", writer());
		assertThat(this.mails.findByMessageIdOrderByCreatedAtAsc(message.getId())).extracting(OutboxMail::getStatus)
			.containsOnly(OutboxMail.Status.SENT);
	}

	@Test
	void aSecondMessageTheSameDayGetsNoSecondAcknowledgement() {
		String ip = address();
		send(writer(), null, "Premier message de test.", oldEnoughToken(), "", ip);
		send(writer(), null, "Second message de test.", oldEnoughToken(), "", ip);
		this.sender.runOnce();
		assertThat(TestMailServer.to(writer())).hasSize(1);
		assertThat(TestMailServer.to(this.staff)).hasSize(2);
	}

	@Test
	void honeypotTimeTrapAndRateLimitSendMessagesToSpamWithoutAnyMail() {
		String bot = writer();
		assertThat(send(bot, null, "Rempli par un robot.", oldEnoughToken(), "http://spam", address()))
			.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contact/merci");
		send(bot, null, "Envoyé trop vite.", this.timeTrap.issueAt(this.clock.millis()), "", address());
		send(bot, null, "Formulaire trop ancien.", this.timeTrap.issueAt(this.clock.millis() - 25 * 3600_000L), "",
				address());
		send(bot, null, "Jeton contrefait.", "1700000000000.forged", "", address());
		String linker = "liens-" + this.unique + "@exemple.bi";
		send(linker, null, "Trop de liens http://a.bi http://b.bi http://c.bi www.d.bi", oldEnoughToken(), "",
				address());
		List<ContactMessage> stored = this.messages.findAll()
			.stream()
			.filter(m -> m.getEmail().equals(bot) || m.getEmail().equals(linker))
			.toList();
		assertThat(stored).hasSize(5).allMatch(m -> m.getStatus() == MessageStatus.SPAM);
		assertThat(stored).extracting(ContactMessage::getSpamReason)
			.containsExactlyInAnyOrder("honeypot", "time-trap: too fast", "time-trap: too old", "time-trap: signature",
					"links");
		assertThat(stored).allMatch(m -> this.mails.findByMessageIdOrderByCreatedAtAsc(m.getId()).isEmpty());
	}

	@Test
	void rateLimitsPerAddressAndPerEmail() {
		String ip = address();
		for (int i = 0; i < 6; i++) {
			send("visiteur" + i + "-" + this.unique + "@exemple.bi", null, "Message numéro " + i + " du test.",
					oldEnoughToken(), "", ip);
		}
		assertThat(lastFrom("visiteur4-" + this.unique + "@exemple.bi").getStatus()).isEqualTo(MessageStatus.NEW);
		assertThat(lastFrom("visiteur5-" + this.unique + "@exemple.bi").getSpamReason()).isEqualTo("rate: address");
		for (int i = 0; i < 3; i++) {
			send(writer(), null, "Encore un message " + i + ".", oldEnoughToken(), "", address());
		}
		assertThat(lastFrom(writer()).getStatus()).isEqualTo(MessageStatus.NEW);
		// the same person, their address typed in capitals: still the same e-mail
		send(writer().toUpperCase(Locale.ROOT), null, "Encore un message 3.", oldEnoughToken(), "", address());
		assertThat(lastFrom(writer().toUpperCase(Locale.ROOT)).getSpamReason()).isEqualTo("rate: e-mail");
		this.sender.runOnce();
		assertThat(TestMailServer.to("visiteur5-" + this.unique + "@exemple.bi")).isEmpty();
	}

	@Test
	void withTheMailServerDownMailsWaitAndAreDeliveredExactlyOnceWhenItReturns() throws Exception {
		TestMailServer.stop();
		send(writer(), null, "Message pendant la panne.", oldEnoughToken(), "", address());
		ContactMessage message = lastFrom(writer());
		this.sender.runOnce();
		List<OutboxMail> waiting = this.mails.findByMessageIdOrderByCreatedAtAsc(message.getId());
		assertThat(waiting).allMatch(m -> m.getStatus() == OutboxMail.Status.PENDING && m.getAttempts() == 1
				&& m.getLastError() != null && m.getNextAttemptAt().isAfter(this.clock.instant()));

		TestMailServer.start();
		this.sender.runOnce();
		assertThat(TestMailServer.to(writer())).isEmpty();
		this.jdbc.update("update outbox_mail set next_attempt_at = now() where message_id = ?", message.getId());
		this.sender.runOnce();
		this.sender.runOnce();
		assertThat(TestMailServer.to(writer())).hasSize(1);
		assertThat(TestMailServer.to(this.staff)).hasSize(1);
		assertThat(this.mails.findByMessageIdOrderByCreatedAtAsc(message.getId()))
			.allMatch(m -> m.getStatus() == OutboxMail.Status.SENT && m.getAttempts() == 2);
	}

	@Test
	void lineBreaksInHeaderFieldsAreRefusedAndNothingIsStored() {
		long before = this.messages.count();
		assertThat(send(writer() + "\r\nBcc: victime@exemple.bi", "Eve", "Tentative d'injection.", oldEnoughToken(),
				"", address())).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("email");
		assertThat(send(writer(), "Eve\r\nBcc: victime@exemple.bi", "Tentative d'injection.", oldEnoughToken(), "",
				address())).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("name");
		assertThat(this.messages.findAll()).noneMatch(m -> m.getEmail().startsWith(writer()));
		assertThat(this.messages.count()).isGreaterThanOrEqualTo(before);
	}

	@Test
	void htmlAndLineBreaksInTheMessageAreStoredAsTextAndEscapedInTheInbox() throws Exception {
		String body = "<script>alert('x')</script>\r\nBcc: victime@exemple.bi\r\n<b>gras</b>";
		send(writer(), "<img src=x onerror=alert(1)>", body, oldEnoughToken(), "", address());
		ContactMessage message = lastFrom(writer());
		assertThat(message.getBody()).isEqualTo(body);
		assertThat(this.mvc.get().uri("/admin/messages/" + message.getId()).with(user("tri@ppsm.test").roles("INBOX_HANDLER")))
			.hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script>alert", "<img src=x", "<b>gras</b>");
		this.sender.runOnce();
		assertThat(TestMailServer.to("victime@exemple.bi")).isEmpty();
		assertThat(content(TestMailServer.to(writer()).get(0))).doesNotContain("script", "gras");
	}

	@Test
	void anExportIsPlainTextAndWrittenToTheAuditLog() throws Exception {
		String body = "Mon enfant ne dort plus.\n<b>Aidez-nous</b>";
		send(writer(), "Aline", body, oldEnoughToken(), "", address());
		ContactMessage message = lastFrom(writer());
		var export = this.mvc.get()
			.uri("/admin/messages/" + message.getId() + "/export")
			.with(user("export@ppsm.test").roles("INBOX_HANDLER"))
			.exchange();
		assertThat(export).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"message-" + message.getId() + ".txt\"")
			.hasHeader("Cache-Control", "no-store");
		assertThat(export.getResponse().getContentType()).startsWith("text/plain");
		assertThat(export.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("De : Aline", body);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'EXPORT' and actor = 'export@ppsm.test' and entity_id = ?",
				Integer.class, message.getId().toString())).isEqualTo(1);
		assertThat(this.mvc.get().uri("/admin/messages/" + message.getId() + "/export").with(user("e@ppsm.test").roles("EDITOR")))
			.hasStatus(org.springframework.http.HttpStatus.FORBIDDEN);
	}

	@Test
	void aReplyWrittenInTheInboxIsThreadedUnderTheAcknowledgement() throws Exception {
		send(writer(), null, "Pouvez-vous me rappeler ?", oldEnoughToken(), "", address());
		ContactMessage message = lastFrom(writer());
		this.sender.runOnce();
		assertThat(this.mvc.post().uri("/admin/messages/" + message.getId() + "/repondre")
			.with(user("tri@ppsm.test").roles("INBOX_HANDLER")).with(csrf())
			.param("reply", "Bonjour,\nNous vous rappelons demain.\nL'équipe"))
			.hasStatus(HttpStatus.FOUND);
		this.sender.runOnce();
		List<MimeMessage> received = TestMailServer.to(writer());
		assertThat(received).hasSize(2);
		MimeMessage reply = received.get(1);
		String ack = this.messages.findById(message.getId()).orElseThrow().getAckMessageId();
		assertThat(reply.getSubject()).isEqualTo("Re: Votre message à la PPSM");
		assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(ack);
		assertThat(reply.getHeader("References")[0]).isEqualTo(ack);
		assertThat(reply.getReplyTo()[0].toString()).isEqualTo(reply.getFrom()[0].toString());
		assertThat(content(reply)).contains("Nous vous rappelons demain.");
		assertThat(this.messages.findById(message.getId()).orElseThrow().getStatus()).isEqualTo(MessageStatus.ANSWERED);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'message' and entity_id = ? and action = 'REPLY'",
				Integer.class, message.getId().toString())).isEqualTo(1);
	}

	@Test
	void theInboxIsClosedToEditorsAndAnonymousVisitors() {
		assertThat(this.mvc.get().uri("/admin/messages")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/admin/messages").with(user("ed@ppsm.test").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/messages").with(user("tri@ppsm.test").roles("INBOX_HANDLER")))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/messages?statut=SPAM").with(user("ad@ppsm.test").roles("ADMINISTRATOR")))
			.hasStatusOk();
	}

}
