package bi.ppsm.site.programme;

import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.admin.DryRun;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFormCases;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.BDDMockito.given;

/** The period of a programme, typed as year, month and day. */
@WebSliceTest(ProgrammeAdminController.class)
@Import({ ProgrammeService.class, Relations.class, bi.ppsm.site.codelist.Codelists.class, SectorFields.class })
class ProgrammeAdminPeriodTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	ZoneRepository zones;

	@MockitoBean
	OrganisationRepository organisations;

	@MockitoBean
	TargetGroupRepository targetGroups;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	bi.ppsm.site.redirect.Redirects redirects;

	@MockitoBean
	ProgrammePage page;

	@MockitoBean
	DryRun dryRun;

	Programme programme;

	@BeforeEach
	void programme() {
		this.programme = new Programme("rapatriement", "Rapatriement", "Résumé");
		ReflectionTestUtils.setField(this.programme, "id", 7L);
		this.programme.setVersion(3);
		this.programme.setPeriod(new Period(LocalDate.of(2020, 4, 1), DatePrecision.MONTH, LocalDate.of(2025, 3, 30),
				DatePrecision.DAY));
		given(this.programmes.findById(7L)).willReturn(Optional.of(this.programme));
	}

	MockMvcTester.MockMvcRequestBuilder save(String year, String month, String day) {
		return this.mvc.post()
			.uri("/admin/programmes/7")
			.with(csrf())
			.param("slug", "rapatriement")
			.param("name", "Rapatriement")
			.param("summary", "Résumé")
			.param("version", "3")
			.param("startYear", year)
			.param("startMonth", month)
			.param("startDay", day);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editFormShowsEachDateAsFarAsItsPrecisionGoes() {
		assertThat(this.mvc.get().uri("/admin/programmes/7")).hasStatusOk().bodyText().satisfies(html -> {
			var page = Jsoup.parse(html);
			assertThat(page.getElementById("startYear").val()).isEqualTo("2020");
			assertThat(page.select("#startMonth option[selected]").val()).isEqualTo("4");
			assertThat(page.getElementById("startDay").val()).isEmpty();
			assertThat(page.getElementById("endYear").val()).isEqualTo("2025");
			assertThat(page.select("#endMonth option[selected]").val()).isEqualTo("3");
			assertThat(page.getElementById("endDay").val()).isEqualTo("30");
			assertThat(page.select("fieldset.date legend").eachText()).containsExactly("Début", "Fin");
			assertThat(page.select("fieldset.date input").eachAttr("inputmode")).containsOnly("numeric");
			assertThat(page.select("fieldset.date input, fieldset.date select").eachAttr("autocomplete"))
				.hasSize(6)
				.containsOnly("off");
		});
	}

	@ParameterizedTest(name = "{0}-{1}-{2}")
	@MethodSource("bi.ppsm.site.period.PeriodFormCases#validStarts")
	@WithMockUser(roles = "EDITOR")
	void whatIsFilledInGivesThePrecision(String year, String month, String day, LocalDate date,
			DatePrecision precision) {
		assertThat(save(year, month, day)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/programmes/7");
		assertThat(this.programme.getPeriod()).isEqualTo(new Period(date, precision, null, null));
	}

	@ParameterizedTest(name = "{0}-{1}-{2}: {3}")
	@MethodSource("bi.ppsm.site.period.PeriodFormCases#invalidStarts")
	@WithMockUser(roles = "EDITOR")
	void wrongDateIsAFieldErrorWithTheInputKept(String year, String month, String day, String field, String message) {
		assertThat(save(year, month, day)).hasStatusOk()
			.hasViewName("admin/programme/form")
			.bodyText()
			.satisfies(html -> PeriodFormCases.assertRefused(html, year, month, day, field, message));
		assertThat(this.programme.getPeriod().getStart()).isEqualTo(LocalDate.of(2020, 4, 1));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void wrongDateBesideAFieldThatCannotBeConvertedStillGivesAPage() {
		assertThat(save("2020", "", "15").param("zones", "1", "abc")).hasStatusOk()
			.hasViewName("admin/programme/form")
			.bodyText()
			.contains("Un jour sans mois ne suffit pas");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void endBeforeStartIsRefusedOnTheEnd() {
		assertThat(save("2024", "", "").param("endYear", "2020")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("endYear");
	}

}
