package bi.ppsm.site.project;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.period.DateParts;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFields;
import bi.ppsm.site.system.Formats;

/**
 * A budget line as staff type it: the amount as written ("15 279 230,00"), a currency code, a
 * kind, and optionally a phase, a funder and the period it covers.
 */
record BudgetForm(@NotBlank @Size(max = 40) String amount, @NotBlank @Size(max = 3) String currency,
		@NotNull BudgetKind kind, Long phase, Long funder, String startYear, String startMonth, String startDay,
		String endYear, String endMonth, String endDay, Integer version) implements PeriodFields {

	/** At most 14 digits before the decimal separator and 2 after, what the column holds. */
	private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("[0-9]{1,14}(\\.[0-9]{1,2})?");

	static BudgetForm empty() {
		return new BudgetForm(null, "BIF", BudgetKind.TOTAL, null, null, null, null, null, null, null, null, 0);
	}

	static BudgetForm from(BudgetLine line) {
		Period p = line.getPeriod();
		DateParts start = DateParts.of(p.getStart(), p.getStartPrecision());
		DateParts end = DateParts.of(p.getEnd(), p.getEndPrecision());
		return new BudgetForm(Formats.frenchAmount(line.getAmount(), line.getCurrency()), line.getCurrency(), line.getKind(),
				(line.getPhase() != null) ? line.getPhase().getId() : null,
				(line.getFunder() != null) ? line.getFunder().getId() : null, start.year(), start.month(), start.day(),
				end.year(), end.month(), end.day(), line.getVersion());
	}

	/**
	 * The amount typed, in French ("15 279 230,00", spaces of any kind between thousands) or
	 * with a point; null when it is not a positive or zero amount the column can hold.
	 */
	BigDecimal parsedAmount() {
		return parse(this.amount);
	}

	static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replaceAll("[\\s\u00a0\u202f\u2009']", "").replace(',', '.');
		return AMOUNT.matcher(cleaned).matches() ? new BigDecimal(cleaned) : null;
	}

}
