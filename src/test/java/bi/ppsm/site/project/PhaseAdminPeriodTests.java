package bi.ppsm.site.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFormCases;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The period of a project phase, typed as year, month and day, on the list's form and the edit form. */
@WebSliceTest(PhaseAdminController.class)
class PhaseAdminPeriodTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	ProjectPhaseRepository phases;

	@MockitoBean
	AuditLog audit;

	ProjectPhase phase;

	@BeforeEach
	void phase() {
		Project project = new Project(new Programme("p", "P", "R"), "projet", "Projet", ProjectStatus.ONGOING);
		ReflectionTestUtils.setField(project, "id", 5L);
		given(this.projects.findById(5L)).willReturn(Optional.of(project));
		this.phase = new ProjectPhase(project, "Phase I", ProjectStatus.FINISHED, 1);
		ReflectionTestUtils.setField(this.phase, "id", 20L);
		this.phase.setPeriod(new Period(LocalDate.of(2019, 6, 1), DatePrecision.MONTH, LocalDate.of(2021, 1, 1),
				DatePrecision.YEAR));
		given(this.phases.findById(20L)).willReturn(Optional.of(this.phase));
		given(this.phases.findByProjectOrderByPosition(project)).willReturn(List.of(this.phase));
	}

	MockMvcTester.MockMvcRequestBuilder save(String uri, String year, String month, String day) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("name", "Phase I")
			.param("status", "FINISHED")
			.param("startYear", year)
			.param("startMonth", month)
			.param("startDay", day);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editFormShowsEachDateAsFarAsItsPrecisionGoes() {
		assertThat(this.mvc.get().uri("/admin/projets/5/phases/20")).hasStatusOk().bodyText().satisfies(html -> {
			var page = Jsoup.parse(html);
			assertThat(page.getElementById("startYear").val()).isEqualTo("2019");
			assertThat(page.select("#startMonth option[selected]").val()).isEqualTo("6");
			assertThat(page.getElementById("startDay").val()).isEmpty();
			assertThat(page.getElementById("endYear").val()).isEqualTo("2021");
			assertThat(page.select("#endMonth option[selected]").val()).isEmpty();
		});
	}

	@ParameterizedTest(name = "{0}-{1}-{2}")
	@MethodSource("bi.ppsm.site.period.PeriodFormCases#validStarts")
	@WithMockUser(roles = "EDITOR")
	void whatIsFilledInGivesThePrecision(String year, String month, String day, LocalDate date,
			DatePrecision precision) {
		assertThat(save("/admin/projets/5/phases/20", year, month, day)).hasStatus(HttpStatus.FOUND);
		assertThat(this.phase.getPeriod()).isEqualTo(new Period(date, precision, null, null));
	}

	@ParameterizedTest(name = "{0}-{1}-{2}: {3}")
	@MethodSource("bi.ppsm.site.period.PeriodFormCases#invalidStarts")
	@WithMockUser(roles = "EDITOR")
	void wrongDateOfANewPhaseIsAFieldErrorWithTheInputKept(String year, String month, String day, String field,
			String message) {
		assertThat(save("/admin/projets/5/phases", year, month, day)).hasStatusOk()
			.hasViewName("admin/project/phases")
			.bodyText()
			.satisfies(html -> PeriodFormCases.assertRefused(html, year, month, day, field, message));
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void wrongDateOfAPhaseBeingEditedIsAFieldError() {
		assertThat(save("/admin/projets/5/phases/20", "2021", "2", "29")).hasStatusOk()
			.hasViewName("admin/project/phase")
			.bodyText()
			.satisfies(html -> PeriodFormCases.assertRefused(html, "2021", "2", "29", "startDay",
					"Ce jour n’existe pas : ce mois n’a que 28 jours."));
		assertThat(this.phase.getPeriod().getStart()).isEqualTo(LocalDate.of(2019, 6, 1));
	}

}
