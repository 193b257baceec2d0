package bi.ppsm.site;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP on the embedded PostgreSQL: every seeded programme and
 * project page is rendered and shows what the database holds for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublicSiteIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyProgrammePageShowsItsWholeContent() throws Exception {
		List<String> slugs = this.jdbc.queryForList("select slug from programme where published order by position",
				String.class);
		assertThat(slugs).hasSize(6);
		for (String slug : slugs) {
			String text = page("/programmes/" + slug).text();
			assertThat(text).contains(this.jdbc.queryForObject("select name from programme where slug = ?", String.class, slug));
			assertThat(text).contains(texts("select o.text from objective o join programme p on p.id = o.programme_id where p.slug = ?", slug));
			assertThat(text).contains(texts("select r.statement from key_result r join programme p on p.id = r.programme_id where p.slug = ?", slug));
			assertShows(text, optionalTexts("""
					select distinct pr.name from project pr join programme p on p.id = pr.programme_id where p.slug = ?
					union select pr.name from project pr join project_programme pp on pp.project_id = pr.id
					  join programme p on p.id = pp.programme_id where p.slug = ?""", slug, slug));
			assertThat(text).contains(texts("select z.name from zone z join programme_zone pz on pz.zone_id = z.id join programme p on p.id = pz.programme_id where p.slug = ?", slug));
			assertThat(text).contains(texts("select coalesce(o.acronym, o.name) from organisation o join programme_organisation po on po.organisation_id = o.id join programme p on p.id = po.programme_id where p.slug = ?", slug));
			assertThat(text).contains(texts("select t.name from target_group t join programme_target_group pt on pt.target_group_id = t.id join programme p on p.id = pt.programme_id where p.slug = ?", slug));
		}
	}

	@Test
	void programmePagesShowPeriodStatusAndAchievedAgainstExpected() throws Exception {
		String rapatriement = page("/programmes/rapatriement").text();
		assertThat(rapatriement).contains("Avril 2020 – 30 mars 2025", "Terminé", "108 %");
		assertThat(page("/programmes/renforcement-des-capacites").text()).contains("Depuis 2017", "En cours");
		assertThat(page("/programmes/promotion-et-defense-des-droits").text()).contains("Objectif général",
				"Objectifs spécifiques", "Projet en cours (activités ponctuelles)");
	}

	@Test
	void everyProjectPageShowsItsWholeContent() throws Exception {
		List<String> slugs = this.jdbc.queryForList("select slug from project where published order by id", String.class);
		assertThat(slugs).hasSize(10);
		for (String slug : slugs) {
			String text = page("/projets/" + slug).text();
			assertThat(text).contains(this.jdbc.queryForObject("select name from project where slug = ?", String.class, slug));
			assertShows(text, optionalTexts("select r.statement from key_result r join project p on p.id = r.project_id where p.slug = ?", slug));
			assertThat(text).contains(texts("select z.name from zone z join project_zone pz on pz.zone_id = z.id join project p on p.id = pz.project_id where p.slug = ?", slug));
			assertThat(text).contains(texts("select coalesce(o.acronym, o.name) from organisation o join project_organisation po on po.organisation_id = o.id join project p on p.id = po.project_id where p.slug = ?", slug));
			assertShows(text, optionalTexts("select ph.name from project_phase ph join project p on p.id = ph.project_id where p.slug = ?", slug));
		}
		assertThat(page("/projets/tura-utuze").text()).contains("Phase I : finie", "Phase II : en cours");
	}

	@Test
	void homePageShowsFiguresProgrammesServicesMissionsAndTheHelpline() throws Exception {
		String text = page("/").text();
		assertThat(text).contains("+20\u202f000", "Cas traités", "21", "Organisations membres", "Années d'expérience");
		assertThat(text).contains(texts("select name from programme where published"));
		assertThat(text).contains(texts("select title from service"));
		assertThat(text).contains(texts("select text from mission"));
		assertThat(text).contains("Tabariza mw'ibanga umwana ariko araca mu ngorane nseserezamutima kumurongo utariha 116");
	}

	@Test
	void missionsServicesPartnersAndZonesPagesCarryTheirLists() throws Exception {
		assertThat(page("/missions").text()).contains(texts("select text from mission"))
			.contains(texts("select text from perspective"))
			.contains(texts("select name from target_group where featured"));
		assertThat(page("/services").text()).contains(texts("select title from service"))
			.contains(texts("select description from service"));
		assertThat(page("/partenaires").text()).contains("UNICEF", "GIZ", "PPLM", "COCAFEM", "Université du Burundi",
				"Université du Lac Tanganyika", "Programme de cohésion sociale de la GIZ", "Fonds propres");
		assertThat(page("/zones-d-intervention?carte=2015").text())
			.contains(texts("select name from zone where kind = 'PROVINCE' and map_year = 2015"))
			.contains("Toutes les provinces", "Échelle nationale");
		assertThat(page("/zones-d-intervention").text())
			.contains(texts("select name from zone where kind = 'PROVINCE' and map_year = 2025"));
	}

	@Test
	void projectListFiltersByStatusDonorAndZone() throws Exception {
		assertThat(projectLinks("/projets")).hasSize(10);
		assertThat(projectLinks("/projets?statut=FINISHED")).hasSize(6).doesNotContain("/projets/ramurira-uburundi");
		assertThat(projectLinks("/projets?bailleur=unicef")).hasSize(6);
		assertThat(projectLinks("/projets?bailleur=giz")).contains("/projets/isange", "/projets/twese-biraturaba");
		assertThat(projectLinks("/projets?zone=gitega")).contains("/projets/tura-utuze", "/projets/ramurira-uburundi")
			.doesNotContain("/projets/isange");
		assertThat(projectLinks("/projets?statut=nimportequoi&zone=%3Cscript%3E")).hasSize(10);
	}

	@Test
	void unknownPagesAreFrenchNotFoundPagesWithoutTrace() throws Exception {
		for (String path : List.of("/programmes/inconnu", "/projets/inconnu", "/nulle-part",
				"/zones-d-intervention/inconnue")) {
			HttpResponse<String> response = get(path, "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).contains("Page introuvable", "lang=\"fr\"").doesNotContain("Exception", "at bi.ppsm");
		}
	}

	@Test
	void pagesAreCompressedSmallAndUseOnlyTheSiteOwnFiles() throws Exception {
		HttpResponse<byte[]> compressed = new HttpVisitor(this.port).getBytes("/programmes/protection-de-l-enfance",
				"Accept", "text/html", "Accept-Encoding", "gzip");
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.body().length).isLessThan(50_000);

		Document home = page("/");
		for (Element resource : home.select("link[rel=stylesheet], link[rel=icon], link[rel=preload], script[src], img[src]")) {
			String url = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
			assertThat(url).as("no third-party request").startsWith("/");
		}
		String css = home.selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<String> stylesheet = get(css, "text/css");
		assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "immutable"));
	}

	@Test
	void repeatVisitIsANotModified() throws Exception {
		HttpResponse<String> first = get("/programmes", "text/html");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(new HttpVisitor(this.port).get("/programmes", "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	private List<String> projectLinks(String path) throws Exception {
		return page(path).select(".project-list h2 a").eachAttr("href");
	}

	private static void assertShows(String text, String[] expected) {
		assertThat(expected).allSatisfy(e -> assertThat(text).contains(e));
	}

	/** What the database holds for a query; the page must show all of it, and there is some. */
	private String[] texts(String sql, Object... args) {
		String[] texts = optionalTexts(sql, args);
		assertThat(texts).as("expected content for %s", sql).isNotEmpty();
		return texts;
	}

	/** The same, for a relation that some records do not have (a project without phases). */
	private String[] optionalTexts(String sql, Object... args) {
		return this.jdbc.queryForList(sql, String.class, args)
			.stream()
			.map(t -> t.replaceAll("\\s+", " ").strip())
			.toArray(String[]::new);
	}

	private Document page(String path) {
		HttpResponse<String> response = get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path, String accept) {
		return new HttpVisitor(this.port).get(path, "Accept", accept);
	}

}
