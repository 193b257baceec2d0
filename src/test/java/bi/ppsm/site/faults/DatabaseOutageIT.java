package bi.ppsm.site.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import bi.ppsm.site.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL is stopped and started again while the site is served, on a server of this test's
 * own (the other tests' database is not touched): visitors get the French 503 page quickly,
 * never a hang or a 500, and the site recovers by itself.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseOutageIT {

	private static final Path DATA = Path.of("target", "outage-postgres-" + ProcessHandle.current().pid());

	private static EmbeddedPostgres postgres;

	private static int pgPort;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		FileSystemUtils.deleteRecursively(DATA);
		// kept on close (a "clean" directory is deleted when the server stops): it is restarted below
		postgres = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).start();
		pgPort = postgres.getPort();
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
		FileSystemUtils.deleteRecursively(DATA);
	}

	@Test
	void visitorsGetA503DuringTheOutageAndTheSiteRecoversByItself() throws Exception {
		assertThat(get("/programmes/rapatriement").statusCode()).isEqualTo(200);
		HttpVisitor writer = new HttpVisitor(this.port);
		Map<String, String> contact = writer.form("/contact", "form.contact-form");

		postgres.close();
		contact.put("email", "ecrit@exemple.bi");
		contact.put("subject", "INFORMATION");
		contact.put("message", "Mon message ecrit pendant la panne <b>ici</b>.");
		HttpResponse<String> sent = writer.post("/contact", contact);
		assertThat(sent.statusCode()).as("never a false thank-you").isEqualTo(503);
		assertThat(sent.body()).contains("Mon message ecrit pendant la panne &lt;b&gt;ici&lt;/b&gt;.", "ecrit@exemple.bi",
				"momentanément indisponible").doesNotContain("Merci pour votre message");
		Instant start = Instant.now();
		HttpResponse<String> during = get("/programmes/genre-et-developpement");
		assertThat(Duration.between(start, Instant.now())).as("no request hangs").isLessThan(Duration.ofSeconds(20));
		assertThat(during.statusCode()).isEqualTo(503);
		assertThat(during.body()).contains("Service momentanément indisponible", "lang=\"fr\"").doesNotContain("Exception");
		assertThat(get("/projets/inconnu").statusCode()).isIn(404, 503);

		postgres = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(pgPort).start();
		Instant deadline = Instant.now().plusSeconds(30);
		int status = 0;
		while (Instant.now().isBefore(deadline) && status != 200) {
			status = get("/programmes/genre-et-developpement").statusCode();
			Thread.sleep(200);
		}
		assertThat(status).as("recovered without a restart").isEqualTo(200);
	}

	private HttpResponse<String> get(String path) {
		return new HttpVisitor(this.port).get(path, "Accept", "text/html");
	}

}
