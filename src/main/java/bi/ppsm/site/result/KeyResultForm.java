package bi.ppsm.site.result;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A key result: a statement and, where known, the achieved and expected values (at most what
 * the numeric(14, 2) columns hold).
 */
record KeyResultForm(@NotNull Long programme, Long project, @Size(max = 300) String theme,
		@NotBlank @Size(max = 1000) String statement,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal achievedValue,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal expectedValue, @Size(max = 120) String unit,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal baselineValue,
		@jakarta.validation.constraints.Min(1950) @jakarta.validation.constraints.Max(2100) Integer baselineYear,
		@Size(max = 1) String resultType, String startYear, String startMonth, String startDay, String endYear,
		String endMonth, String endDay, Integer version) implements bi.ppsm.site.period.PeriodFields {

	static KeyResultForm from(KeyResult r) {
		return new KeyResultForm(r.getProgramme().getId(), (r.getProject() != null) ? r.getProject().getId() : null,
				r.getTheme(), r.getStatement(), r.getAchievedValue(), r.getExpectedValue(), r.getUnit(),
				r.getBaselineValue(), r.getBaselineYear(), r.getResultType(), start(r).year(), start(r).month(),
				start(r).day(), end(r).year(), end(r).month(), end(r).day(), r.getVersion());
	}

	private static bi.ppsm.site.period.DateParts start(KeyResult r) {
		return bi.ppsm.site.period.DateParts.of(r.getPeriod().getStart(), r.getPeriod().getStartPrecision());
	}

	private static bi.ppsm.site.period.DateParts end(KeyResult r) {
		return bi.ppsm.site.period.DateParts.of(r.getPeriod().getEnd(), r.getPeriod().getEndPrecision());
	}

}
