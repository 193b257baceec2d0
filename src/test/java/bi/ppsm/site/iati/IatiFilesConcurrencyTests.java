package bi.ppsm.site.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.QuietContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IATI files under concurrent requests, on the whole application over HTTP and the real
 * PostgreSQL, with committed changes heard through the content-change notification: many
 * requests at once cause one build and get the same bytes, gzipped or not; the file is kept
 * until a content change, which gives a new file; what is served still validates.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IatiFilesConcurrencyTests {

	static final String ORGANISATION = "BI-NIF-4000123456";

	static final int REQUESTS = 16;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache cache;

	@Autowired
	IatiFiles files;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** The sector rows as the earlier suites left them, put back after each test. */
	List<java.util.Map<String, Object>> sectors;

	@BeforeEach
	void publishedAndQuiet() throws Exception {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.cache.contentVersion() < 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.cache.contentVersion()).as("content changes are heard").isNotNegative();
		this.sectors = this.jdbc.queryForList("select * from programme_sector");
		ProposedSectors.restore(this.jdbc);
		long before = this.cache.contentVersion();
		this.jdbc.update("update site_settings set iati_identifier = ?", ORGANISATION);
		awaitChangeFrom(before);
		// the first export freezes the programmes' identifiers: a committed change, heard too
		before = this.cache.contentVersion();
		assertThat(get("/iati/activities.xml", false).statusCode()).isEqualTo(200);
		awaitChangeFrom(before);
	}

	@AfterEach
	void unpublished() throws Exception {
		long before = this.cache.contentVersion();
		this.jdbc.update("update site_settings set iati_identifier = null");
		this.jdbc.update("update programme set iati_identifier = null");
		this.jdbc.update("update project set iati_identifier = null");
		this.jdbc.update("delete from programme_sector");
		for (java.util.Map<String, Object> row : this.sectors) {
			String columns = String.join(", ", row.keySet());
			String marks = String.join(", ", java.util.Collections.nCopies(row.size(), "?"));
			this.jdbc.update("insert into programme_sector (" + columns + ") values (" + marks + ")",
					row.values().toArray());
		}
		awaitChangeFrom(before);
	}

	@Test
	void manyRequestsAtOnceShareOneBuildAndGetTheSameBytes() throws Exception {
		Burst activities = quietBurst("/iati/activities.xml");
		assertThat(activities.builds()).as("builds for %d requests and one more later", REQUESTS + 1).isEqualTo(1);
		List<String> bodies = activities.bodies();
		assertThat(bodies).hasSize(REQUESTS + 1).allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)));
		assertThat(bodies.get(0)).contains("<iati-activity");
		IatiSchemas.validateActivities(bodies.get(0));

		Burst organisations = quietBurst("/iati/organisation.xml");
		assertThat(organisations.builds()).isEqualTo(1);
		assertThat(organisations.bodies()).allSatisfy(b -> assertThat(b).isEqualTo(organisations.bodies().get(0)));
		IatiSchemas.validateOrganisation(organisations.bodies().get(0));
	}

	@Test
	void aContentChangeGivesANewFile() throws Exception {
		Burst before = QuietContent.afterAChange(this.cache, this.jdbc, () -> {
			long builds = this.files.builds();
			List<String> bodies = List.of(text(get("/iati/activities.xml", false)), text(get("/iati/activities.xml", false)));
			return new Burst(this.files.builds() - builds, bodies);
		});
		assertThat(before.builds()).as("built once, then kept").isEqualTo(1);
		String first = before.bodies().get(0);
		assertThat(before.bodies().get(1)).isEqualTo(first);
		Long id = this.jdbc.queryForObject("select min(id) from programme", Long.class);
		String name = this.jdbc.queryForObject("select name from programme where id = ?", String.class, id);
		this.jdbc.update("update programme set name = ? where id = ?", name + " (révisé)", id);
		try {
			Burst after = QuietContent.afterAChange(this.cache, this.jdbc, () -> {
				long builds = this.files.builds();
				List<String> bodies = List.of(text(get("/iati/activities.xml", false)));
				return new Burst(this.files.builds() - builds, bodies);
			});
			assertThat(after.builds()).isEqualTo(1);
			String second = after.bodies().get(0);
			assertThat(second).isNotEqualTo(first).contains(name + " (révisé)");
			IatiSchemas.validateActivities(second);
		}
		finally {
			this.jdbc.update("update programme set name = ? where id = ?", name, id);
		}
	}

	@Test
	void withoutTheOrganisationIdentifierNothingIsPublishedAndThatIsKeptToo() throws Exception {
		this.jdbc.update("update site_settings set iati_identifier = null");
		long builds = QuietContent.afterAChange(this.cache, this.jdbc, () -> {
			long before = this.files.builds();
			assertThat(get("/iati/activities.xml", false).statusCode()).isEqualTo(404);
			assertThat(get("/iati/activities.xml", true).statusCode()).isEqualTo(404);
			return this.files.builds() - before;
		});
		assertThat(builds).isEqualTo(1);
	}

	/** The files' builds for REQUESTS requests at once and one more after them, just after a change and with none during them, and the bodies. */
	private Burst quietBurst(String path) throws Exception {
		return QuietContent.afterAChange(this.cache, this.jdbc, () -> {
			long builds = this.files.builds();
			List<String> bodies = new ArrayList<>(burst(path));
			bodies.add(text(get(path, true)));
			return new Burst(this.files.builds() - builds, bodies);
		});
	}

	private record Burst(long builds, List<String> bodies) {
	}

	/** The bodies of REQUESTS requests started at once, half asking for gzip, unzipped. */
	private List<String> burst(String path) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				boolean gzip = i % 2 == 0;
				answers.add(pool.submit(() -> {
					start.await();
					return get(path, gzip);
				}));
			}
			start.countDown();
			List<String> bodies = new ArrayList<>();
			for (Future<HttpResponse<byte[]>> answer : answers) {
				HttpResponse<byte[]> response = answer.get();
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
						t -> assertThat(t).startsWith("application/xml"));
				bodies.add(text(response));
			}
			return bodies;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(HttpResponse<byte[]> response) throws IOException {
		byte[] body = response.body();
		if (response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()) {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
				body = in.readAllBytes();
			}
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	private void awaitChangeFrom(long version) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.cache.contentVersion() == version && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(this.cache.contentVersion()).as("the change was heard").isNotEqualTo(version);
	}

}
