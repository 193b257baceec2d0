package bi.ppsm.site.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.catalog.Catalog.ProgrammeDetail;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ProgrammeController.class)
class ProgrammeControllerTests {

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
		given(this.catalog.programmes()).willReturn(List.of(programme()));
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
		given(this.catalog.programmes()).willThrow(new CannotGetJdbcConnectionException("connexion refusée"));
		assertThat(this.mvc.get().uri("/programmes")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasHeader("Retry-After", "30")
			.bodyText()
			.contains("Service momentanément indisponible", "lang=\"fr\"")
			.doesNotContain("connexion refusée", "Exception");
	}

	@Test
	void publicPagesCarryStrictSecurityHeaders() {
		given(this.catalog.programmes()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/programmes")).hasStatusOk()
			.containsHeader("Content-Security-Policy")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Cache-Control", "no-cache");
	}

}
