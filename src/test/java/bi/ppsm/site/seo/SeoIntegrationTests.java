package bi.ppsm.site.seo;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import bi.ppsm.site.HttpVisitor;

import bi.ppsm.site.cache.PageCache;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "ppsm.base-url=https://ppsm.example.bi")
class SeoIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache pages;

	@Test
	void robotsExcludesTheAdminAndPointsToTheSitemap() throws Exception {
		String robots = get("/robots.txt").body();
		assertThat(robots).contains("Disallow: /admin", "Disallow: /login", "Sitemap: https://ppsm.example.bi/sitemap.xml");
	}

	@Test
	void sitemapListsEveryPublishedPageWithItsLastChangeAndNeverADraft() throws Exception {
		this.jdbc.update("update project set published = false where slug = 'isange'");
		// as an edit through the admin of this instance does, rather than wait for the notification
		this.pages.invalidateAll();
		try {
			String sitemap = get("/sitemap.xml").body();
			assertThat(sitemap).contains("<loc>https://ppsm.example.bi/programmes/rapatriement</loc><lastmod>",
					"<loc>https://ppsm.example.bi/projets/tura-utuze</loc>", "<loc>https://ppsm.example.bi/partenaires</loc>",
					"<loc>https://ppsm.example.bi/documents</loc>")
				.doesNotContain("/projets/isange", "/admin");
			// the static pages (/actualites, /documents, /membres and /trouver-de-l-aide among them), the published programmes and projects,
			// the pages of the 18 provinces of 2015, the 5 of 2025 and the 42 communes; no news and no service point in the seed
			assertThat(sitemap.split("<url>")).hasSize(1 + 12 + 6 + 9 + 18 + 5 + 42);
			assertThat(sitemap).contains("<loc>https://ppsm.example.bi/zones-d-intervention/rumonge</loc>",
					"<loc>https://ppsm.example.bi/zones-d-intervention/burunga-2025</loc>",
					"<loc>https://ppsm.example.bi/zones-d-intervention/commune-mukaza</loc>");
		}
		finally {
			this.jdbc.update("update project set published = true where slug = 'isange'");
			this.pages.invalidateAll();
		}
	}

	/** Kept between changes: a repeat visit is a 304, a change gives a new file and a new ETag. */
	@Test
	void theSitemapIsKeptUntilTheNextChangeAndRevalidated() throws Exception {
		HttpResponse<String> first = get("/sitemap.xml");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
		assertThat(new HttpVisitor(this.port).get("/sitemap.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
		this.jdbc.update("update project set published = false where slug = 'isange'");
		this.pages.invalidateAll();
		try {
			HttpResponse<String> changed = get("/sitemap.xml");
			assertThat(changed.body()).doesNotContain("/projets/isange");
			assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
		}
		finally {
			this.jdbc.update("update project set published = true where slug = 'isange'");
			this.pages.invalidateAll();
		}
		assertThat(get("/sitemap.xml").body()).contains("/projets/isange");
	}

	@Test
	void pagesCarryCanonicalDescriptionAndSharingTags() throws Exception {
		Document page = Jsoup.parse(get("/programmes/rapatriement?utm=x").body());
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://ppsm.example.bi/programmes/rapatriement");
		assertThat(page.select("meta[name=description]").attr("content")).startsWith("Renforce la cohésion sociale");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Rapatriement");
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://ppsm.example.bi/programmes/rapatriement");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
	}

	@Test
	void homePageDescribesTheOrganisationAsAnNgo() throws Exception {
		Document home = Jsoup.parse(get("/").body());
		String jsonLd = home.select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("\"@type\": \"NGO\"", "\"alternateName\": \"PPSM\"", "https:\\/\\/ppsm.example.bi\\/")
			.doesNotContain("null,null");
	}

	private HttpResponse<String> get(String path) {
		return new HttpVisitor(this.port).get(path);
	}

}
