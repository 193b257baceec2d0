package bi.ppsm.site.catalog;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.catalog.Catalog.ProgrammeDetail;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.result.KeyResult;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ProgrammeController.class)
@Import(RelatedContent.class)
class ProgrammeControllerTests {

	/** The news blocks of the public pages (none here). */
	@MockitoBean
	PublishedNews news;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Catalog catalog;

	static Programme programme() {
		Programme programme = new Programme("rapatriement", "Rapatriement", "Un **résumé** <script>alert(1)</script>");
		programme.setPublished(true);
		programme.setPeriod(new Period(LocalDate.of(2020, 4, 1), DatePrecision.MONTH, LocalDate.of(2025, 3, 30),
				DatePrecision.DAY));
		return programme;
	}

	@Test
	void listShowsPublishedProgrammes() {
		given(this.catalog.programmeCards()).willReturn(List.of(programme()));
		assertThat(this.mvc.get().uri("/programmes")).hasStatusOk()
			.hasViewName("programmes/list")
			.bodyText()
			.contains("Rapatriement", "/programmes/rapatriement", "Avril 2020 – 30 mars 2025");
	}

	@Test
	void showRendersSummaryAsSanitisedMarkdown() {
		given(this.catalog.programme("rapatriement", false))
			.willReturn(Optional.of(new ProgrammeDetail(programme(), List.of(), List.of())));
		assertThat(this.mvc.get().uri("/programmes/rapatriement")).hasStatusOk()
			.hasViewName("programmes/show")
			.bodyText()
			.contains("<strong>résumé</strong>")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void unknownSlugIsNotFound() {
		given(this.catalog.programme("inconnu", false)).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/programmes/inconnu")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void databaseOutageIsAFrenchServiceUnavailablePage() {
		given(this.catalog.programmeCards()).willThrow(new CannotGetJdbcConnectionException("connexion refusée"));
		assertThat(this.mvc.get().uri("/programmes")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasHeader("Retry-After", "30")
			.bodyText()
			.contains("Service momentanément indisponible", "lang=\"fr\"")
			.doesNotContain("connexion refusée", "Exception");
	}

	@Test
	void publicPagesCarryStrictSecurityHeaders() {
		given(this.catalog.programmeCards()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/programmes")).hasStatusOk()
			.containsHeader("Content-Security-Policy")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Cache-Control", "no-cache");
	}

	static KeyResult result(String statement, Integer achieved, Integer expected, String unit) {
		KeyResult result = new KeyResult(programme(), statement);
		result.setAchievedValue((achieved == null) ? null : BigDecimal.valueOf(achieved));
		result.setExpectedValue((expected == null) ? null : BigDecimal.valueOf(expected));
		result.setUnit(unit);
		return result;
	}

	static List<KeyResult> results() {
		return List.of(result("Accueil", 1200, 2000, "personnes"), result("Sans unité", 30, 40, null),
				result("Déjà fait", 4023, null, "acteurs"), result("À venir", null, 500, "familles"),
				result("Sans chiffre", null, null, null));
	}

	@Test
	void resultFiguresReadNaturallyInFrenchWithTheUnitAfterTheNumbers() throws Exception {
		given(this.catalog.programme("rapatriement", false))
			.willReturn(Optional.of(new ProgrammeDetail(programme(), List.of(), results())));
		assertThat(figures("/programmes/rapatriement")).containsExactly(
				"1 200 personnes sur un objectif de 2 000 (60 %)", "30 sur un objectif de 40 (75 %)",
				"4 023 acteurs à ce jour", "Objectif : 500 familles");
	}

	/** The figures under each result, spaces of any width written as plain spaces. */
	private List<String> figures(String uri) throws UnsupportedEncodingException {
		String html = this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html)
			.select(".result-numbers")
			.eachText()
			.stream()
			.map(t -> t.replaceAll("[\\u00a0\\u202f]", " "))
			.toList();
	}

}
