package bi.ppsm.site.result;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import bi.ppsm.site.period.DateParts;
import bi.ppsm.site.period.PeriodFields;

/**
 * The values of a key result for one period as staff type them: a label ("Phase 2") and/or
 * dates, and at least one of the baseline, target and actual values (at most what the
 * numeric(14, 2) columns hold, never negative), with an optional comment.
 */
record ResultPeriodForm(@Size(max = 120) String label,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal baselineValue,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal targetValue,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal actualValue, @Size(max = 1000) String comment,
		String startYear, String startMonth, String startDay, String endYear, String endMonth, String endDay,
		Integer version) implements PeriodFields {

	static ResultPeriodForm empty() {
		return new ResultPeriodForm(null, null, null, null, null, null, null, null, null, null, null, 0);
	}

	static ResultPeriodForm from(ResultPeriod p) {
		DateParts start = DateParts.of(p.getPeriod().getStart(), p.getPeriod().getStartPrecision());
		DateParts end = DateParts.of(p.getPeriod().getEnd(), p.getPeriod().getEndPrecision());
		return new ResultPeriodForm(p.getLabel(), p.getBaselineValue(), p.getTargetValue(), p.getActualValue(),
				p.getComment(), start.year(), start.month(), start.day(), end.year(), end.month(), end.day(),
				p.getVersion());
	}

	/**
	 * Dates that exist and come in order; a period said by its label or its start; at least
	 * one value, else the row says nothing.
	 */
	void check(Errors errors) {
		checkPeriod(errors);
		if (blank(this.label) && blank(this.startYear)) {
			errors.rejectValue("startYear", "resultPeriodUnnamed");
		}
		if (this.baselineValue == null && this.targetValue == null && this.actualValue == null
				&& !errors.hasFieldErrors("baselineValue") && !errors.hasFieldErrors("targetValue")
				&& !errors.hasFieldErrors("actualValue")) {
			errors.reject("resultPeriodEmpty");
		}
	}

	String cleanLabel() {
		return blank(this.label) ? null : this.label.strip();
	}

	String cleanComment() {
		return blank(this.comment) ? null : this.comment.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
