package bi.ppsm.site.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodFieldsTests {

	record Form(String startYear, String startMonth, String startDay, String endYear, String endMonth,
			String endDay) implements PeriodFields {
	}

	private static Errors check(Form form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		form.checkPeriod(errors);
		return errors;
	}

	@Test
	void eachDateKeepsItsPrecision() {
		Form form = new Form("2020", "4", null, "2025", "3", "30");
		assertThat(check(form).hasErrors()).isFalse();
		assertThat(form.period()).isEqualTo(new Period(LocalDate.of(2020, 4, 1), DatePrecision.MONTH,
				LocalDate.of(2025, 3, 30), DatePrecision.DAY));
	}

	@Test
	void noDateIsAnUnknownPeriod() {
		Form form = new Form(null, null, null, null, null, null);
		assertThat(check(form).hasErrors()).isFalse();
		assertThat(form.period()).isEqualTo(Period.UNKNOWN);
	}

	@Test
	void wrongPartsAreRejectedOnTheirFieldsOfEitherDate() {
		Errors errors = check(new Form("2021", "2", "30", null, "5", "2"));
		assertThat(errors.getFieldError("startDay").getCode()).isEqualTo("dateDayNotInMonth");
		assertThat(errors.getFieldError("startDay").getArguments()).containsExactly("28");
		assertThat(errors.getFieldError("endYear").getCode()).isEqualTo("dateYearMissing");
		assertThat(errors.getErrorCount()).isEqualTo(2);
	}

	@Test
	void endBeforeStartIsRejectedOnTheEndYear() {
		Errors errors = check(new Form("2024", null, null, "2020", null, null));
		assertThat(errors.getFieldError("endYear").getCode()).isEqualTo("periodOrder");
	}

	@Test
	void endInTheYearOfAMonthStartIsInOrder() {
		assertThat(check(new Form("2020", "4", null, "2020", null, null)).hasErrors()).isFalse();
		assertThat(check(new Form("2020", "4", "15", "2020", "4", null)).hasErrors()).isFalse();
		assertThat(check(new Form("2020", "4", "15", "2020", "3", null)).hasErrors()).isTrue();
	}

	@Test
	void orderIsNotCheckedWhileADateIsWrong() {
		Errors errors = check(new Form("2024", null, null, "2020", "13", null));
		assertThat(errors.getFieldErrors()).singleElement().satisfies(e -> assertThat(e.getField()).isEqualTo("endMonth"));
	}

	@Test
	void formThatCouldNotBeBuiltGetsTheProblemsAsGlobalErrors() {
		Form form = new Form("2020", null, "15", null, null, null);
		Errors errors = new BeanPropertyBindingResult(null, "form");
		form.checkPeriod(errors);
		assertThat(errors.getGlobalErrors()).singleElement()
			.satisfies(e -> assertThat(e.getCode()).isEqualTo("dateMonthMissing"));
	}

	@Test
	void periodEndingInAYearIsOverOnlyAfterThatYear() {
		Period period = new Period(LocalDate.of(2020, 1, 1), DatePrecision.YEAR, LocalDate.of(2025, 1, 1),
				DatePrecision.YEAR);
		assertThat(period.isOverOn(LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(period.isOverOn(LocalDate.of(2026, 1, 1))).isTrue();
	}

}
