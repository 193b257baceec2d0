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
		long builds = this.files.builds();
		List<String> bodies = burst("/iati/activities.xml");
		assertThat(this.files.builds() - builds).as("builds for %d requests", REQUESTS).isEqualTo(1);
		assertThat(bodies).hasSize(REQUESTS).allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)));
		assertThat(bodies.get(0)).contains("<iati-activity");
		IatiSchemas.validateActivities(bodies.get(0));
		// and kept: asked again later, not built again
		assertThat(text(get("/iati/activities.xml", true))).isEqualTo(bodies.get(0));
		assertThat(this.files.builds() - builds).isEqualTo(1);

		long organisationBuilds = this.files.builds();
		List<String> organisations = burst("/iati/organisation.xml");
		assertThat(this.files.builds() - organisationBuilds).isEqualTo(1);
		assertThat(organisations).allSatisfy(b -> assertThat(b).isEqualTo(organisations.get(0)));
		IatiSchemas.validateOrganisation(organisations.get(0));
	}

	@Test
	void aContentChangeGivesANewFile() throws Exception {
		String first = text(get("/iati/activities.xml", false));
		long builds = this.files.builds();
		assertThat(text(get("/iati/activities.xml", false))).isEqualTo(first);
		assertThat(this.files.builds()).isEqualTo(builds);
		Long id = this.jdbc.queryForObject("select min(id) from programme", Long.class);
		String name = this.jdbc.queryForObject("select name from programme where id = ?", String.class, id);
		long before = this.cache.contentVersion();
		this.jdbc.update("update programme set name = ? where id = ?", name + " (révisé)", id);
		try {
			awaitChangeFrom(before);
			String second = text(get("/iati/activities.xml", false));
			assertThat(this.files.builds()).isEqualTo(builds + 1);
			assertThat(second).isNotEqualTo(first).contains(name + " (révisé)");
			IatiSchemas.validateActivities(second);
		}
		finally {
			this.jdbc.update("update programme set name = ? where id = ?", name, id);
		}
	}

	@Test
	void withoutTheOrganisationIdentifierNothingIsPublishedAndThatIsKeptToo() throws Exception {
		long before = this.cache.contentVersion();
		this.jdbc.update("update site_settings set iati_identifier = null");
		awaitChangeFrom(before);
		long builds = this.files.builds();
		assertThat(get("/iati/activities.xml", false).statusCode()).isEqualTo(404);
		assertThat(get("/iati/activities.xml", true).statusCode()).isEqualTo(404);
		assertThat(this.files.builds()).isEqualTo(builds + 1);
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
