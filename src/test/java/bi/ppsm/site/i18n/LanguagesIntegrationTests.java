package bi.ppsm.site.i18n;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import bi.ppsm.site.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/** French at the root, English under /en, Kirundi parts under /rn; each page links its versions. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LanguagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void frenchIsTheDefaultWhateverTheBrowserAsks() throws Exception {
		Document page = page("/programmes", "en-US,en;q=0.9");
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("h1").text()).isEqualTo("Nos programmes");
	}

	@Test
	void englishPagesHaveTheirOwnUrlsAndKeepVisitorsInEnglish() throws Exception {
		Document page = page("/en/programmes/rapatriement", "fr");
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select(".facts dt").eachText()).contains("Status", "Period", "Donors");
		assertThat(page.select("main a[href^=/projets], .main-nav a[href^=/programmes]")).isEmpty();
		assertThat(page.select("main a[href=/en/projets/isange]")).hasSize(1);
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/en/programmes/rapatriement");
	}

	@Test
	void untranslatedContentIsMarkedAsFrench() throws Exception {
		Document page = page("/en/programmes/rapatriement", "en");
		assertThat(page.select("h1").attr("lang")).isEqualTo("fr");
		assertThat(page.select(".prose").attr("lang")).isEqualTo("fr");
		assertThat(page.select(".result-statement").eachAttr("lang")).containsOnly("fr");
		Document french = page("/programmes/rapatriement", "fr");
		assertThat(french.select("h1").hasAttr("lang")).isFalse();
	}

	@Test
	void seededResultFiguresReadNaturallyInBothLanguages() throws Exception {
		assertThat(figures(page("/programmes/rapatriement", "fr"))).containsExactly(
				"5 953 bénéficiaires sur un objectif de 5 521 (108 %)", "3 355 bénéficiaires à ce jour");
		assertThat(figures(page("/en/programmes/rapatriement", "fr"))).containsExactly(
				"5,953 bénéficiaires reached out of 5,521 planned (108 %)", "3,355 bénéficiaires reached to date");
	}

	/** The figures under each result, spaces of any width written as plain spaces. */
	private static java.util.List<String> figures(Document page) {
		return page.select(".result-numbers").eachText().stream().map(t -> t.replaceAll("[\\u00a0\\u202f]", " ")).toList();
	}

	@Test
	void everyPageOffersItsOtherLanguages() throws Exception {
		Document page = page("/projets/tura-utuze", "fr");
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("fr", "en", "rn",
				"x-default");
		assertThat(page.select(".lang-switch a").eachAttr("href")).containsExactly("/projets/tura-utuze",
				"/en/projets/tura-utuze", "/rn/projets/tura-utuze");
		assertThat(page.select(".lang-switch a").eachAttr("lang")).containsExactly("fr", "en", "rn");
	}

	@Test
	void kirundiCoversNavigationAndTheHelplineAndIsMarkedAsSuch() throws Exception {
		Document page = page("/rn/contact", "fr");
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select(".main-nav").attr("lang")).isEqualTo("rn");
		assertThat(page.select(".main-nav a").eachText()).contains("Imigambi", "Imishinga", "Twandikire");
		assertThat(page.select(".helpline").attr("lang")).isEqualTo("rn");
		assertThat(page.select("h1").text()).isEqualTo("Twandikire");
	}

	@Test
	void adminAndFilesExistOnlyOnce() throws Exception {
		assertThat(status("/en/admin")).isEqualTo(404);
		assertThat(status("/rn/login")).isEqualTo(404);
		assertThat(status("/en/nulle-part")).isEqualTo(404);
		assertThat(status("/en")).isEqualTo(302);
	}

	private int status(String path) {
		return get(path, "fr").statusCode();
	}

	private Document page(String path, String acceptLanguage) {
		HttpResponse<String> response = get(path, acceptLanguage);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path, String acceptLanguage) {
		return new HttpVisitor(this.port).get(path, "Accept", "text/html", "Accept-Language", acceptLanguage);
	}

}
