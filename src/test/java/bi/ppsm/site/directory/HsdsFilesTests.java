package bi.ppsm.site.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.QuietContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS files on the whole application over HTTP and the real PostgreSQL (issue 19), with
 * committed changes heard through the content-change notification: the services file, read in
 * batches, is byte for byte the page the whole list made before, with more points than a batch;
 * many requests at once cause one build and get the same bytes, gzipped or not; the file is kept
 * with an ETag (a 304 for a client that has it) until a content change, which gives a new file.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HsdsFilesTests {

	static final int POINTS = 2 * HsdsExport.BATCH + 37;

	static final int REQUESTS = 16;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache cache;

	@Autowired
	HsdsFiles files;

	@Autowired
	HsdsExport export;

	@Autowired
	PublishedServicePoints points;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void manyPoints() throws Exception {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.cache.contentVersion() < 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.cache.contentVersion()).as("content changes are heard").isNotNegative();
		long before = this.cache.contentVersion();
		this.jdbc.update("insert into organisation (slug, name, member) values ('lot-parent', 'Lot parent', true)");
		for (int i = 0; i < 12; i++) {
			this.jdbc.update("""
					insert into organisation (slug, name, acronym, member, parent_id, contact_phone)
					values (?, ?, ?, ?, case when ? then (select id from organisation where slug = 'lot-parent') end, ?)""",
					"lot-" + i, "Lot " + (50 - i), (i % 3 == 0) ? "LT" + i : null, i % 2 == 0, i % 4 == 0,
					(i % 5 == 0) ? "+257 22 00 00 0" + i : null);
		}
		// names in another order than the ids, some drafts, points with and without their details
		this.jdbc.update("""
				insert into service_point (organisation_id, name, services, audiences, languages, province_id,
				    commune_id, address, latitude, longitude, phone, open_days, opens_at, closes_at, free,
				    referral_needed, published, verified_on)
				select (select id from organisation where slug = 'lot-' || (n % 12)),
				       'Point en lot ' || ((n * 7919) % 97) || '-' || n,
				       case when n % 3 = 0 then array['PSYCHOSOCIAL_SUPPORT', 'CHILD_PROTECTION']
				            else array['SPECIALISED_CARE'] end::varchar[],
				       case when n % 2 = 0 then array['CHILDREN', 'WOMEN'] else array[]::varchar[] end,
				       case when n % 4 = 0 then array['KIRUNDI', 'FRENCH'] else array[]::varchar[] end,
				       z.id, case when n % 5 = 0 then c.id end, 'Colline ' || n,
				       case when n % 6 = 0 then -3.4271 end, case when n % 6 = 0 then 29.9246 end,
				       case when n % 2 = 1 then '+257 22 25 00 00' end,
				       case when n % 8 = 0 then array['MO', 'TU']::varchar[] else array[]::varchar[] end,
				       case when n % 8 = 0 then time '08:00' end, case when n % 8 = 0 then time '16:00' end,
				       n % 7 <> 0, n % 9 = 0, n % 11 <> 10, case when n % 2 = 0 then date '2026-03-12' end
				from generate_series(1, ?) as n, zone z, zone c
				where z.slug = 'gitega-2025' and c.slug = 'commune-gitega'""", POINTS + POINTS / 10);
		awaitChangeFrom(before);
	}

	@AfterEach
	void cleanUp() throws Exception {
		long before = this.cache.contentVersion();
		this.jdbc.update("delete from service_point where name like 'Point en lot %'");
		this.jdbc.update("delete from organisation where slug like 'lot-%' and parent_id is not null");
		this.jdbc.update("delete from organisation where slug like 'lot-%'");
		awaitChangeFrom(before);
	}

	@Test
	void theServicesFileReadInBatchesIsThePageTheWholeListMade() throws Exception {
		byte[] whole = this.transactions.execute(status -> {
			List<Map<String, Object>> list = new ArrayList<>();
			this.points.all().forEach(p -> list.add(this.export.service(p)));
			return this.json.writeValueAsBytes(HsdsExport.page(list));
		});
		HttpResponse<byte[]> plain = get("/donnees/hsds/services", false, null);
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(t).startsWith("application/json"));
		assertThat(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo(new String(whole, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(plain.body()).isEqualTo(whole);
		assertThat(body(get("/donnees/hsds/services", true, null))).isEqualTo(whole);
		assertThat(this.json.readTree(whole).get("contents").size()).isGreaterThan(2 * HsdsExport.BATCH);
	}

	@Test
	void manyRequestsAtOnceShareOneBuildThenAnEtagGivesA304UntilAChange() throws Exception {
		Burst services = QuietContent.afterAChange(this.cache, this.jdbc, () -> {
			long builds = this.files.builds();
			List<HttpResponse<byte[]>> answers = new ArrayList<>(burst("/donnees/hsds/services"));
			String etag = answers.get(0).headers().firstValue("ETag").orElseThrow();
			answers.add(get("/donnees/hsds/services", true, etag));
			return new Burst(this.files.builds() - builds, answers);
		});
		assertThat(services.builds()).as("builds for %d requests and one more later", REQUESTS + 1).isEqualTo(1);
		List<HttpResponse<byte[]>> answers = services.answers().subList(0, REQUESTS);
		byte[] first = body(answers.get(0));
		for (HttpResponse<byte[]> answer : answers) {
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(body(answer)).isEqualTo(first);
		}
		String etag = answers.get(0).headers().firstValue("ETag").orElseThrow();
		assertThat(answers).allSatisfy(a -> assertThat(a.headers().firstValue("ETag")).hasValue(etag));
		HttpResponse<byte[]> again = services.answers().get(REQUESTS);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		Burst organizations = QuietContent.afterAChange(this.cache, this.jdbc, () -> {
			long builds = this.files.builds();
			List<HttpResponse<byte[]>> bodies = burst("/donnees/hsds/organizations");
			return new Burst(this.files.builds() - builds, bodies);
		});
		assertThat(organizations.builds()).isEqualTo(1);
		byte[] firstOrganizations = body(organizations.answers().get(0));
		for (HttpResponse<byte[]> answer : organizations.answers()) {
			assertThat(body(answer)).isEqualTo(firstOrganizations);
		}

		this.jdbc.update("update service_point set name = name || ' (révisé)' where name = "
				+ "(select min(name) from service_point where name like 'Point en lot %' and published)");
		Burst changed = QuietContent.afterAChange(this.cache, this.jdbc, () -> {
			long builds = this.files.builds();
			List<HttpResponse<byte[]>> bodies = List.of(get("/donnees/hsds/services", true, etag));
			return new Burst(this.files.builds() - builds, bodies);
		});
		assertThat(changed.builds()).isEqualTo(1);
		HttpResponse<byte[]> after = changed.answers().get(0);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
		assertThat(new String(body(after), java.nio.charset.StandardCharsets.UTF_8)).contains(" (révisé)");
	}

	/** How many times the files were built while these answers were given, just after a change and with none during them. */
	private record Burst(long builds, List<HttpResponse<byte[]>> answers) {
	}

	/** REQUESTS requests started at once, half asking for gzip. */
	private List<HttpResponse<byte[]>> burst(String path) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				boolean gzip = i % 2 == 0;
				answers.add(pool.submit(() -> {
					start.await();
					return get(path, gzip, null);
				}));
			}
			start.countDown();
			List<HttpResponse<byte[]>> responses = new ArrayList<>();
			for (Future<HttpResponse<byte[]>> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpResponse<byte[]> get(String path, boolean gzip, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The body, unzipped when it came gzipped. */
	private static byte[] body(HttpResponse<byte[]> response) throws IOException {
		if (response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()) {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
				return in.readAllBytes();
			}
		}
		return response.body();
	}

	private void awaitChangeFrom(long version) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.cache.contentVersion() == version && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(this.cache.contentVersion()).as("the change was heard").isNotEqualTo(version);
	}

}
