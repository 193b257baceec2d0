package bi.ppsm.site.project;

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
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.programme.SectorFields;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The period of a project, typed as year, month and day. */
@WebSliceTest(ProjectAdminController.class)
@Import({ ProjectService.class, Relations.class, Codelists.class, SectorFields.class })
class ProjectAdminPeriodTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	bi.ppsm.site.redirect.Redirects redirects;

	@MockitoBean
	ProjectPage page;

	@MockitoBean
	DryRun dryRun;

	@MockitoBean
	ProjectKeyResults keyResults;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ZoneRepository zones;

	@MockitoBean
	OrganisationRepository organisations;

	@MockitoBean
	TargetGroupRepository targetGroups;

	Project project;

	@BeforeEach
	void project() {
		Programme programme = new Programme("p", "P", "R");
		ReflectionTestUtils.setField(programme, "id", 1L);
		given(this.programmes.findById(1L)).willReturn(Optional.of(programme));
		this.project = new Project(programme, "projet", "Projet", ProjectStatus.ONGOING);
		ReflectionTestUtils.setField(this.project, "id", 5L);
		this.project.setVersion(2);
		this.project.setPeriod(new Period(LocalDate.of(2021, 1, 1), DatePrecision.YEAR, null, null));
		given(this.projects.findById(5L)).willReturn(Optional.of(this.project));
	}

	MockMvcTester.MockMvcRequestBuilder save(String year, String month, String day) {
		return this.mvc.post()
			.uri("/admin/projets/5")
			.with(csrf())
			.param("programme", "1")
			.param("slug", "projet")
			.param("name", "Projet")
			.param("status", "ONGOING")
			.param("version", "2")
			.param("startYear", year)
			.param("startMonth", month)
			.param("startDay", day);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editFormShowsAYearAloneAsAYear() {
		assertThat(this.mvc.get().uri("/admin/projets/5")).hasStatusOk().bodyText().satisfies(html -> {
			var page = Jsoup.parse(html);
			assertThat(page.getElementById("startYear").val()).isEqualTo("2021");
			assertThat(page.select("#startMonth option[selected]").val()).isEmpty();
			assertThat(page.getElementById("startDay").val()).isEmpty();
			assertThat(page.getElementById("endYear").val()).isEmpty();
		});
	}

	@ParameterizedTest(name = "{0}-{1}-{2}")
	@MethodSource("bi.ppsm.site.period.PeriodFormCases#validStarts")
	@WithMockUser(roles = "EDITOR")
	void whatIsFilledInGivesThePrecision(String year, String month, String day, LocalDate date,
			DatePrecision precision) {
		assertThat(save(year, month, day)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/projets/5");
		assertThat(this.project.getPeriod()).isEqualTo(new Period(date, precision, null, null));
	}

	@ParameterizedTest(name = "{0}-{1}-{2}: {3}")
	@MethodSource("bi.ppsm.site.period.PeriodFormCases#invalidStarts")
	@WithMockUser(roles = "EDITOR")
	void wrongDateIsAFieldErrorWithTheInputKept(String year, String month, String day, String field, String message) {
		assertThat(save(year, month, day)).hasStatusOk()
			.hasViewName("admin/project/form")
			.bodyText()
			.satisfies(html -> PeriodFormCases.assertRefused(html, year, month, day, field, message));
		assertThat(this.project.getPeriod().getStart()).isEqualTo(LocalDate.of(2021, 1, 1));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void endBeforeStartIsRefusedOnTheEnd() {
		assertThat(save("2024", "5", "").param("endYear", "2024").param("endMonth", "4")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("endYear");
	}

}
