package bi.ppsm.site;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import bi.ppsm.site.mail.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, run as in production (README, "Deploy it"): {@code java
 * -Dspring.aot.enabled=true -jar}, with the configuration processed ahead of time when the jar
 * was built, a configured PostgreSQL and a real SMTP server given by environment variables.
 * Ahead-of-time processing fixes the application's conditions at build time, which the tests
 * run from source never see: this test proves that this jar starts, that a visitor's message
 * is stored and acknowledged by e-mail (the SMTP client must not depend on what the build saw),
 * and that staff can sign in. Run by failsafe after {@code package}.
 */
class ProductionJarIT {

	private static final String ADMIN = "jar-admin@ppsm.test";

	private static final String PASSWORD = "une phrase de passe pour le jar";

	@Test
	void theAheadOfTimeProcessedJarServesVisitorsAcknowledgesMessagesAndLetsStaffIn(@TempDir Path dir)
			throws Exception {
		Path jar = Path.of(System.getProperty("ppsm.jar", "target/ppsm-site-1.0.0-SNAPSHOT.jar"));
		assertThat(jar).as("the packaged jar").exists();
		TestMailServer.start();
		int port = freePort();
		Path log = dir.resolve("app.log");
		try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
			ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx256m", "-Dspring.aot.enabled=true", "-jar", jar.toAbsolutePath().toString())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			Map<String, String> env = command.environment();
			env.put("SERVER_PORT", String.valueOf(port));
			env.put("SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "postgres"));
			env.put("SPRING_DATASOURCE_USERNAME", "postgres");
			env.put("SPRING_DATASOURCE_PASSWORD", "");
			env.put("SPRING_MAIL_HOST", "127.0.0.1");
			env.put("SPRING_MAIL_PORT", String.valueOf(TestMailServer.port()));
			env.put("PPSM_MAIL_OUTBOX_INTERVAL", "1s");
			env.put("PPSM_CONTACT_MIN_SECONDS", "1");
			env.put("PPSM_ADMIN_EMAIL", ADMIN);
			env.put("PPSM_ADMIN_PASSWORD", PASSWORD);
			// the administrator signs in with the password alone, as in every automated check
			env.put("PPSM_MFA_REQUIRED", "false");
			Process app = command.start();
			try {
				URI site = URI.create("http://127.0.0.1:" + port);
				awaitFirstPage(app, site, log);
				assertThat(Files.readString(log)).contains("Starting AOT-processed PpsmApplication");

				String email = "jar-" + System.nanoTime() + "@exemple.bi";
				HttpVisitor visitor = new HttpVisitor(site).from("10.55.1.1");
				Map<String, String> form = visitor.form("/contact", "form.contact-form");
				form.put("name", "Visiteuse du jar");
				form.put("email", email);
				form.put("subject", "SUPPORT");
				form.put("message", "Bonjour, je voudrais parler à quelqu'un de votre programme.");
				Thread.sleep(1_200);
				HttpResponse<String> sent = visitor.post("/contact", form);
				assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
				assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/contact/merci"));
				Instant deadline = Instant.now().plusSeconds(30);
				while (TestMailServer.to(email).isEmpty() && Instant.now().isBefore(deadline)) {
					Thread.sleep(200);
				}
				assertThat(TestMailServer.to(email)).as("acknowledgement sent through SMTP").hasSize(1);

				HttpVisitor staff = new HttpVisitor(site).from("10.55.1.2");
				Map<String, String> login = staff.form("/login", "form[action$=login]");
				login.put("username", ADMIN);
				login.put("password", PASSWORD);
				HttpResponse<String> signedIn = staff.post("/login", login);
				assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
				HttpResponse<String> inbox = staff.get("/admin/messages");
				assertThat(inbox.statusCode()).isEqualTo(200);
				assertThat(inbox.body()).contains("Visiteuse du jar");
			}
			finally {
				app.destroy();
				if (!app.waitFor(60, TimeUnit.SECONDS)) {
					app.destroyForcibly();
				}
			}
		}
	}

	private static void awaitFirstPage(Process app, URI site, Path log) throws Exception {
		HttpVisitor probe = new HttpVisitor(site).from("10.55.1.3");
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			assertThat(app.isAlive()).as("the jar stopped:%n%s", Files.readString(log)).isTrue();
			try {
				if (probe.get("/").statusCode() == 200) {
					return;
				}
			}
			catch (RuntimeException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no first page within 2 minutes:\n" + Files.readString(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
