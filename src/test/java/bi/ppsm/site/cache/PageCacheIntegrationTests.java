package bi.ppsm.site.cache;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import bi.ppsm.site.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of rendered pages on the real PostgreSQL: pages are served from it, and a change
 * committed by anyone (here straight in the database, as another instance would) empties it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageCacheIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache cache;

	@BeforeEach
	void listenerIsLive() throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (!this.cache.isActive() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.cache.isActive()).as("the listener is connected").isTrue();
	}

	@Test
	void aPageIsRenderedOnceThenServedFromTheCacheCompressedAndConditional() throws Exception {
		this.cache.invalidateAll();
		HttpResponse<byte[]> first = get("/missions", "gzip", null);
		assertThat(this.cache.size()).isEqualTo(1);
		HttpResponse<byte[]> second = get("/missions", "gzip", null);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(second.headers().firstValue("Content-Language")).hasValue("fr");
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
		String etag = second.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/missions", "gzip", etag).statusCode()).isEqualTo(304);
		assertThat(text("/missions")).contains("Nos missions");
	}

	@Test
	void aChangeCommittedInTheDatabaseIsVisibleAtOnce() throws Exception {
		assertThat(text("/services")).contains("Plaidoyer");
		this.jdbc.update("update service set title = 'Plaidoyer et droits' where title = 'Plaidoyer'");
		try {
			assertThat(eventually("/services", "Plaidoyer et droits")).isTrue();
		}
		finally {
			this.jdbc.update("update service set title = 'Plaidoyer' where title = 'Plaidoyer et droits'");
		}
		assertThat(eventually("/services", "<h2>Plaidoyer</h2>")).isTrue();
	}

	@Test
	void formsAdminAndUnknownQueriesAreNeverStored() throws Exception {
		this.cache.invalidateAll();
		get("/contact", null, null);
		get("/admin", null, null);
		get("/programmes?utm_source=x", null, null);
		get("/nulle-part", null, null);
		// made-up filters must not push real pages out of the cache
		get("/projets?bailleur=inconnu-1", null, null);
		get("/projets?statut=ongoing", null, null);
		get("/projets?statut=ONGOING&statut=FINISHED", null, null);
		get("/projets?statut=ONGOING&page=2", null, null);
		assertThat(this.cache.size()).isZero();
		get("/projets?statut=ONGOING", null, null);
		get("/projets?statut=&bailleur=unicef&zone=", null, null);
		assertThat(this.cache.size()).isEqualTo(2);
	}

	/**
	 * The news and document lists and a programme's list of projects keep their finitely many
	 * recognised variants (a known programme, category or year, a page that exists); any other
	 * parameter or value is never stored (issue 19).
	 */
	@Test
	void recognisedListsOfNewsDocumentsAndAProgrammesProjectsAreStoredAndNoOthers() throws Exception {
		this.cache.invalidateAll();
		get("/actualites?programme=inconnu", null, null);
		get("/actualites?page=40", null, null);
		get("/actualites?page=abc", null, null);
		get("/actualites?programme=rapatriement&programme=rapatriement", null, null);
		get("/actualites?utm_source=x", null, null);
		get("/documents?categorie=etude", null, null);
		get("/documents?categorie=ETUDE&page=500", null, null);
		get("/documents?annee=1800", null, null);
		get("/documents?categorie=ETUDE&tri=date", null, null);
		get("/programmes/rapatriement/projets?page=40", null, null);
		get("/programmes/rapatriement/projets?page=1", null, null);
		assertThat(this.cache.size()).isZero();
		get("/actualites?programme=rapatriement", null, null);
		get("/documents?categorie=ETUDE", null, null);
		get("/documents?categorie=&programme=&annee=&page=", null, null);
		get("/programmes/rapatriement/projets", null, null);
		assertThat(this.cache.size()).isEqualTo(4);
		assertThat(get("/documents?categorie=ETUDE", null, null).statusCode()).isEqualTo(200);
		assertThat(this.cache.size()).isEqualTo(4);
	}

	/**
	 * The directory search keeps the searches made of known values only (a province, a need,
	 * free only, a page that exists), the ones its form and its pager make; a made-up value or
	 * parameter is rendered and never stored (issue 19).
	 */
	@Test
	void recognisedDirectorySearchesAreStoredAndNoOthers() throws Exception {
		this.cache.invalidateAll();
		get("/trouver-de-l-aide?province=inconnue", null, null);
		get("/trouver-de-l-aide?besoin=rien", null, null);
		get("/trouver-de-l-aide?province=gitega-2025&page=500", null, null);
		get("/trouver-de-l-aide?gratuit=oui", null, null);
		get("/trouver-de-l-aide?province=gitega-2025&utm_source=x", null, null);
		get("/trouver-de-l-aide?province=gitega-2025&province=gitega-2025", null, null);
		assertThat(this.cache.size()).isZero();
		HttpResponse<byte[]> first = get("/trouver-de-l-aide?province=gitega-2025&besoin=psychosocial-support", null, null);
		get("/trouver-de-l-aide?province=&commune=&besoin=&gratuit=1", null, null);
		assertThat(this.cache.size()).isEqualTo(2);
		HttpResponse<byte[]> again = get("/trouver-de-l-aide?province=gitega-2025&besoin=psychosocial-support", null, null);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(this.cache.size()).isEqualTo(2);
	}

	@Test
	void aForgedHostNeverReachesAnotherVisitor() throws Exception {
		this.cache.invalidateAll();
		assertThat(visitor().raw("GET /partenaires HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"))
			.contains("evil.example");
		assertThat(text("/partenaires")).doesNotContain("evil.example");
	}

	private boolean eventually(String path, String expected) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		while (Instant.now().isBefore(deadline)) {
			if (text(path).contains(expected)) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	private String text(String path) {
		return new String(get(path, null, null).body(), StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) {
		List<String> headers = new ArrayList<>(List.of("Accept", "text/html"));
		if (acceptEncoding != null) {
			headers.addAll(List.of("Accept-Encoding", acceptEncoding));
		}
		if (ifNoneMatch != null) {
			headers.addAll(List.of("If-None-Match", ifNoneMatch));
		}
		return visitor().getBytes(path, headers.toArray(String[]::new));
	}

	/** Each request comes from a new visitor, without cookies. */
	private HttpVisitor visitor() {
		return new HttpVisitor(this.port);
	}

}
