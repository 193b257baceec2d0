package bi.ppsm.site.period;

import java.util.Objects;

import org.springframework.validation.Errors;

/** The checks every period of a form shares: an end never comes before its start. */
public final class Periods {

	private Periods() {
	}

	public static void check(Period period, String endField, Errors errors) {
		if (period.getStart() != null && period.getEnd() != null && period.getEnd().isBefore(period.getStart())) {
			errors.rejectValue(endField, "periodOrder");
		}
	}

	/** Periods compare by their dates and precisions, for the audit log. */
	public static boolean same(Period a, Period b) {
		return Objects.equals(a.getStart(), b.getStart()) && Objects.equals(a.getEnd(), b.getEnd())
				&& (a.getStart() == null || a.getStartPrecision() == b.getStartPrecision())
				&& (a.getEnd() == null || a.getEndPrecision() == b.getEndPrecision());
	}

}
