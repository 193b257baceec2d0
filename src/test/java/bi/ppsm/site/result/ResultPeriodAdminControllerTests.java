package bi.ppsm.site.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The page of a key result's values per period: French errors, version check, audit, delete. */
@WebSliceTest(ResultPeriodAdminController.class)
class ResultPeriodAdminControllerTests {

	static final String BASE = "/admin/resultats/5/periodes";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	KeyResultRepository results;

	@MockitoBean
	ResultPeriodRepository periods;

	KeyResult result;

	ResultPeriod period;

	@BeforeEach
	void records() {
		this.result = new KeyResult(new Programme("p", "P", "R"), "Enfants réunifiés avec leur famille");
		ReflectionTestUtils.setField(this.result, "id", 5L);
		this.period = new ResultPeriod(this.result);
		ReflectionTestUtils.setField(this.period, "id", 9L);
		this.period.setLabel("Phase 2");
		this.period.setPeriod(new Period(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, LocalDate.of(2024, 1, 1),
				DatePrecision.YEAR));
		this.period.setTargetValue(new BigDecimal("5521"));
		this.period.setActualValue(new BigDecimal("5953"));
		given(this.results.findById(5L)).willReturn(Optional.of(this.result));
		given(this.periods.findById(9L)).willReturn(Optional.of(this.period));
		given(this.periods.findByKeyResultOrderByPositionAscIdAsc(this.result)).willReturn(List.of(this.period));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theListShowsThePeriodsInFrench() {
		assertThat(this.mvc.get().uri(BASE)).hasStatusOk()
			.hasViewName("admin/result/periods")
			.bodyText()
			.contains("Phase 2", "5\u202f521", "5\u202f953", "Enfants réunifiés avec leur famille", "Ajouter une période");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aValidPeriodIsSavedAndAudited() {
		assertThat(this.mvc.post().uri(BASE).with(csrf()).param("label", " Année 2025 ").param("startYear", "2025")
			.param("endYear", "2025").param("targetValue", "1200").param("actualValue", "1300.5").param("version", "0"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(BASE);
		verify(this.periods).save(org.mockito.ArgumentMatchers.argThat(p -> "Année 2025".equals(p.getLabel())
				&& p.getTargetValue().compareTo(new BigDecimal("1200")) == 0
				&& p.getPeriod().getStart().equals(LocalDate.of(2025, 1, 1)) && p.getPosition() == 2));
		verify(this.audit).record(eq("CREATE"), eq("result-period"), any(), eq("Enfants réunifiés avec leur famille – Année 2025"),
				anyList());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEndBeforeItsStartIsAFrenchError() {
		assertThat(this.mvc.post().uri(BASE).with(csrf()).param("startYear", "2025").param("endYear", "2023")
			.param("targetValue", "10").param("version", "0")).hasStatusOk()
			.hasViewName("admin/result/periods")
			.bodyText()
			.contains("La fin doit venir après le début.");
		verify(this.periods, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void negativeValuesAreRefusedAndTheTypedTextIsKept() {
		assertThat(this.mvc.post().uri(BASE).with(csrf()).param("label", "Phase 3").param("baselineValue", "-4")
			.param("targetValue", "-1").param("actualValue", "-2").param("comment", "Rien de perdu").param("version", "0"))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("baselineValue", "targetValue", "actualValue");
		assertThat(this.mvc.post().uri(BASE).with(csrf()).param("label", "Phase 3").param("targetValue", "-1")
			.param("comment", "Rien de perdu").param("version", "0")).bodyText()
			.contains("La valeur doit être positive ou nulle.", "Rien de perdu", "Phase 3");
		verify(this.periods, never()).save(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aRowWithNothingFilledOrNoPeriodIsRefused() {
		assertThat(this.mvc.post().uri(BASE).with(csrf()).param("startYear", "2024").param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Rien à enregistrer : indiquez au moins une valeur (référence, cible ou atteint).");
		assertThat(this.mvc.post().uri(BASE).with(csrf()).param("targetValue", "10").param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Indiquez au moins l’année de début ou un libellé pour cette période.");
		assertThat(this.mvc.post().uri(BASE).with(csrf()).param("targetValue", "beaucoup").param("label", "Phase 1")
			.param("version", "0")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("targetValue");
		verify(this.periods, never()).save(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aStaleEditIsRefusedAndAFreshOneIsAudited() {
		assertThat(this.mvc.get().uri(BASE + "/9")).hasStatusOk().hasViewName("admin/result/period").bodyText()
			.contains("Phase 2", "5521");
		assertThat(this.mvc.post().uri(BASE + "/9").with(csrf()).param("label", "Phase 2").param("startYear", "2023")
			.param("endYear", "2024").param("targetValue", "6000").param("version", "3")).hasStatusOk()
			.hasViewName("admin/result/period");
		assertThat(this.period.getTargetValue()).isEqualByComparingTo("5521");
		verifyNoInteractions(this.audit);
		assertThat(this.mvc.post().uri(BASE + "/9").with(csrf()).param("label", "Phase 2").param("startYear", "2023")
			.param("endYear", "2024").param("targetValue", "6000").param("actualValue", "5953").param("version", "0"))
			.hasStatus3xxRedirection();
		assertThat(this.period.getTargetValue()).isEqualByComparingTo("6000");
		verify(this.audit).record(eq("UPDATE"), eq("result-period"), eq(9L), anyString(),
				org.mockito.ArgumentMatchers.argThat(fields -> fields.contains("targetValue") && !fields.contains("label")));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aPeriodOfAnotherResultIsNotFoundAndDeleteIsAudited() {
		KeyResult other = new KeyResult(new Programme("p", "P", "R"), "Autre");
		ReflectionTestUtils.setField(other, "id", 6L);
		given(this.results.findById(6L)).willReturn(Optional.of(other));
		assertThat(this.mvc.get().uri("/admin/resultats/6/periodes/9")).hasStatus(404);
		assertThat(this.mvc.get().uri(BASE + "/9/supprimer")).hasStatusOk().hasViewName("admin/delete");
		assertThat(this.mvc.post().uri(BASE + "/9/supprimer").with(csrf())).hasStatus3xxRedirection();
		verify(this.periods).delete(this.period);
		verify(this.audit).record(eq("DELETE"), eq("result-period"), eq(9L), anyString(), anyList());
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void aViewerCannotChangeThem() {
		this.mvc.post().uri(BASE).with(csrf()).param("targetValue", "10").param("label", "x").exchange();
		verify(this.periods, never()).save(any());
		verify(this.audit, never()).record(anyString(), anyString(), any(), anyString(), anyList());
	}

}
