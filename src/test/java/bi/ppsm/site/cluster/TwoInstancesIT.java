package bi.ppsm.site.cluster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.mail.OutboxSender;
import bi.ppsm.site.mail.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one PostgreSQL, as behind a load balancer that sends each
 * request to either: a staff session started on one is served by the other, an edit made on
 * one shows at once on the other, and so does the restore of a revision (its French 404 pages
 * too), sign-in throttling and contact rate limits count across both,
 * and mail queued once is sent once even when both send at the same moment.
 */
class TwoInstancesIT {

	static final String PASSWORD = "une phrase de passe pour deux serveurs";

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	static SiteInstance a;

	static SiteInstance b;

	static StaffAccount editor;

	@BeforeAll
	static void startTwoInstances() {
		TestMailServer.start();
		String[] shared = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMailServer.port(),
				// no PPSM_FORM_SECRET: the instances share the form key kept in the database
				"ppsm.contact.min-seconds=1" };
		a = new SiteInstance("ppsm-a", shared);
		b = new SiteInstance("ppsm-b", shared);
		editor = a.bean(StaffAccountRepository.class)
			.save(new StaffAccount("deux-instances@test.bi", "Rédactrice des deux instances", StaffRole.EDITOR,
					a.bean(PasswordEncoder.class).encode(PASSWORD)));
	}

	@AfterAll
	static void stopThem() {
		if (editor != null) {
			a.bean(JdbcTemplate.class).update("delete from audit_entry where actor = ?", editor.getEmail());
			a.bean(StaffAccountRepository.class).deleteById(editor.getId());
		}
		b.close();
		a.close();
	}

	static String address() {
		return "10.77." + (SEQUENCE.incrementAndGet() % 250) + "." + (System.nanoTime() % 250);
	}

	/** A visitor from an address of its own, so that the throttles of the tests do not mix. */
	static HttpVisitor visitor(String address) {
		return new HttpVisitor(a.origin()).from(address);
	}

	static HttpResponse<String> signIn(HttpVisitor browser, SiteInstance instance, String password) {
		Map<String, String> form = browser.at(instance.origin()).form("/login", "form[action$=login]");
		form.put("username", editor.getEmail());
		form.put("password", password);
		return browser.at(instance.origin()).post("/login", form);
	}

	@Test
	void aStaffSessionStartedOnOneInstanceIsServedByTheOther() {
		HttpVisitor browser = visitor(address());
		HttpResponse<String> login = signIn(browser, a, PASSWORD);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		assertThat(browser.cookies().containsKey("SESSION")).isTrue();

		HttpResponse<String> dashboard = browser.at(b.origin()).get("/admin");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Tableau de bord", editor.getEmail());
		assertThat(browser.at(a.origin()).get("/admin/programmes").statusCode()).isEqualTo(200);

		// signing out on one instance ends the session on both
		Map<String, String> logout = browser.at(b.origin()).form("/admin", "form[action$=logout]");
		assertThat(browser.at(b.origin()).post("/logout", logout).statusCode()).isEqualTo(302);
		HttpResponse<String> after = browser.at(a.origin()).get("/admin");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void anEditMadeOnOneInstanceShowsAtOnceOnTheOther() throws Exception {
		JdbcTemplate jdbc = a.bean(JdbcTemplate.class);
		Long id = jdbc.queryForObject("select id from mission order by position limit 1", Long.class);
		String original = jdbc.queryForObject("select text from mission where id = ?", String.class, id);
		HttpVisitor visitor = visitor(address());
		// the other instance has the page in its cache
		assertThat(visitor.at(b.origin()).get("/missions").statusCode()).isEqualTo(200);
		assertThat(b.bean(PageCache.class).isActive()).isTrue();

		HttpVisitor staff = visitor(address());
		assertThat(signIn(staff, a, PASSWORD).statusCode()).isEqualTo(302);
		try {
			Map<String, String> form = staff.at(a.origin()).form("/admin/missions/" + id, "form[method=post][novalidate]");
			String edited = "Mission modifiée sur une instance " + System.nanoTime();
			form.put("text", edited);
			HttpResponse<String> saved = staff.at(a.origin()).post("/admin/missions/" + id, form);
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

			// at once: the change notification reaches the other instance within milliseconds;
			// allow a generous bound for a loaded test machine, never a cache lifetime
			Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
			String page = visitor.at(b.origin()).get("/missions").body();
			while (!page.contains(edited) && Instant.now().isBefore(deadline)) {
				Thread.sleep(20);
				page = visitor.at(b.origin()).get("/missions").body();
			}
			assertThat(page).contains(edited);
		}
		finally {
			jdbc.update("update mission set text = ? where id = ?", original, id);
		}
	}

	@Test
	void aRestoreMadeOnOneInstanceShowsAtOnceOnTheOther() throws Exception {
		JdbcTemplate jdbc = a.bean(JdbcTemplate.class);
		Long id = jdbc.queryForObject("select id from mission order by position limit 1", Long.class);
		String original = jdbc.queryForObject("select text from mission where id = ?", String.class, id);
		jdbc.update("delete from revision where entity_type = 'mission' and entity_id = ?", id);
		HttpVisitor visitor = visitor(address());
		HttpVisitor staff = visitor(address());
		assertThat(signIn(staff, a, PASSWORD).statusCode()).isEqualTo(302);
		try {
			String first = "Première version restaurée " + System.nanoTime();
			String second = "Seconde version à défaire " + System.nanoTime();
			for (String text : List.of(first, second)) {
				Map<String, String> form = staff.at(a.origin()).form("/admin/missions/" + id, "form[method=post][novalidate]");
				form.put("text", text);
				assertThat(staff.at(a.origin()).post("/admin/missions/" + id, form).statusCode()).isEqualTo(302);
			}
			// the other instance has the page with the second text in its cache
			assertThat(visitor.at(b.origin()).get("/missions").body()).contains(second);
			assertThat(visitor.at(b.origin()).get("/missions").body()).contains(second);

			// revision 1 is the state before, 2 the first text: restore it on the first instance
			String history = "/admin/revisions/mission/" + id;
			Map<String, String> confirm = staff.at(a.origin()).form(history + "/2/restaurer", "form[action$=restaurer]");
			HttpResponse<String> restored = staff.at(a.origin()).post(history + "/2/restaurer", confirm);
			assertThat(restored.statusCode()).as(restored.body()).isEqualTo(302);

			Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
			String page = visitor.at(b.origin()).get("/missions").body();
			while (!page.contains(first) && Instant.now().isBefore(deadline)) {
				Thread.sleep(20);
				page = visitor.at(b.origin()).get("/missions").body();
			}
			assertThat(page).contains(first).doesNotContain(second);
			assertThat(staff.at(b.origin()).get(history).body()).contains("restauration de la version 2");

			// a revision that does not exist: the French 404 page, without trace
			HttpResponse<String> missing = staff.at(b.origin()).get(history + "/99/restaurer");
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.body()).contains("lang=\"fr\"").doesNotContain("Exception", "at bi.ppsm");
			assertThat(staff.at(b.origin()).get(history + "?de=abc&a=2").statusCode()).isEqualTo(404);
		}
		finally {
			jdbc.update("update mission set text = ? where id = ?", original, id);
			jdbc.update("delete from revision where entity_type = 'mission' and entity_id = ?", id);
		}
	}

	@Test
	void signInThrottlingCountsFailuresOnBothInstances() {
		HttpVisitor attacker = visitor(address());
		try {
			for (int i = 0; i < 5; i++) {
				HttpResponse<String> refused = signIn(attacker, i % 2 == 0 ? a : b, "mauvais mot de passe " + i);
				assertThat(refused.headers().firstValue("Location"))
					.hasValueSatisfying(l -> assertThat(l).endsWith("/login?erreur"));
			}
			// the right password, on either instance, is now refused too
			for (SiteInstance instance : List.of(a, b)) {
				assertThat(signIn(visitor(address()), instance, PASSWORD).headers().firstValue("Location"))
					.hasValueSatisfying(l -> assertThat(l).endsWith("/login?erreur"));
			}
		}
		finally {
			a.bean(LoginThrottle.class).reset(editor.getEmail(), "127.0.0.1");
			a.bean(JdbcTemplate.class).update("delete from login_throttle where throttle_key like 'adresse:10.77.%'");
		}
	}

	@Test
	void contactRateLimitsCountMessagesReceivedByBothInstances() throws Exception {
		String address = address();
		String marker = "deux-instances-" + System.nanoTime();
		JdbcTemplate jdbc = a.bean(JdbcTemplate.class);
		try {
			List<Map<String, String>> forms = new ArrayList<>();
			List<HttpVisitor> writers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				HttpVisitor writer = visitor(address);
				// each form comes from one instance and goes back to the other
				forms.add(writer.at((i % 2 == 0 ? a : b).origin()).form("/contact", "form.contact-form"));
				writers.add(writer);
			}
			Thread.sleep(1_100);
			for (int i = 0; i < 6; i++) {
				Map<String, String> form = forms.get(i);
				form.put("email", "ecrivain" + i + "-" + marker + "@exemple.bi");
				form.put("subject", "SUPPORT");
				form.put("message", "Message " + i + " " + marker);
				HttpResponse<String> sent = writers.get(i).at((i % 2 == 0 ? b : a).origin()).post("/contact", form);
				assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
			}
			List<Map<String, Object>> stored = jdbc.queryForList(
					"select status, spam_reason from contact_message where body like ? order by id", "%" + marker);
			assertThat(stored).hasSize(6);
			assertThat(stored.subList(0, 5)).allSatisfy(m -> assertThat(m.get("status")).isEqualTo("NEW"));
			assertThat(stored.get(5)).containsEntry("status", "SPAM").containsEntry("spam_reason", "rate: address");
		}
		finally {
			deleteMessages(jdbc, "%" + marker);
		}
	}

	@Test
	void mailQueuedOnceIsSentOnceWhenBothInstancesSendAtTheSameMoment() throws Exception {
		String marker = "envoi-unique-" + System.nanoTime();
		JdbcTemplate jdbc = a.bean(JdbcTemplate.class);
		try {
			// 40 acknowledgements waiting in the outbox, then both instances' senders at once
			for (int i = 0; i < 40; i++) {
				jdbc.update("""
						insert into outbox_mail (kind, recipient, subject, body, message_id_header, status, next_attempt_at, created_at)
						values ('ACKNOWLEDGEMENT', ?, 'Accusé de réception', 'Merci.', ?, 'PENDING', now(), now())""",
						i + "-" + marker + "@exemple.bi", "<" + i + "." + marker + "@ppsm.test>");
			}
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Callable<Integer>> passes = List.of(() -> a.bean(OutboxSender.class).runOnce(),
					() -> b.bean(OutboxSender.class).runOnce(), () -> a.bean(OutboxSender.class).runOnce(),
					() -> b.bean(OutboxSender.class).runOnce());
			int sent = 0;
			for (Future<Integer> pass : pool.invokeAll(passes, 60, TimeUnit.SECONDS)) {
				sent += pass.get();
			}
			pool.shutdown();
			assertThat(sent).isGreaterThanOrEqualTo(40);
			for (int i = 0; i < 40; i++) {
				assertThat(TestMailServer.to(i + "-" + marker + "@exemple.bi")).as("mail %d", i).hasSize(1);
			}
			assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient like ? and status = 'SENT'",
					Integer.class, "%" + marker + "@exemple.bi")).isEqualTo(40);
		}
		finally {
			jdbc.update("delete from outbox_mail where recipient like ?", "%" + marker + "@exemple.bi");
		}
	}

	static void deleteMessages(JdbcTemplate jdbc, String bodyPattern) {
		jdbc.update("delete from outbox_mail where message_id in (select id from contact_message where body like ?)",
				bodyPattern);
		jdbc.update("delete from contact_message where body like ?", bodyPattern);
	}

}
