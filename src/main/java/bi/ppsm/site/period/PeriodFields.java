package bi.ppsm.site.period;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * The period part of an admin form (a programme, a project, a phase): a start and an end, each
 * typed as a year, a month and a day, the month and the day optional ({@link DateParts}). Form
 * records implement it by naming their components {@code startYear}, {@code startMonth},
 * {@code startDay}, {@code endYear}, {@code endMonth} and {@code endDay}, the names the
 * {@code admin/fragments/forms :: period} fragment posts.
 */
public interface PeriodFields {

	String startYear();

	String startMonth();

	String startDay();

	String endYear();

	String endMonth();

	String endDay();

	default DateParts startParts() {
		return new DateParts(startYear(), startMonth(), startDay());
	}

	default DateParts endParts() {
		return new DateParts(endYear(), endMonth(), endDay());
	}

	/** The period the form holds, once {@link #checkPeriod} found nothing wrong. */
	default Period period() {
		DateParts start = startParts();
		DateParts end = endParts();
		return new Period(start.date(), start.precision(), end.date(), end.precision());
	}

	/**
	 * Each date complete and possible, else an error on the field at fault (a day without its
	 * month is an error on the month); then the order of the two.
	 */
	default void checkPeriod(Errors errors) {
		boolean valid = reject("start", startParts(), errors);
		valid = reject("end", endParts(), errors) && valid;
		if (valid) {
			checkOrder(errors);
		}
	}

	/**
	 * A second period of the same form (a project's actual dates beside its planned ones), its
	 * fields named {@code prefix + "StartYear"} and so on: each date checked as
	 * {@link #checkPeriod} does, then their order; the period when nothing is wrong, else null.
	 */
	static Period checkOther(String prefix, DateParts start, DateParts end, Errors errors) {
		boolean valid = reject(prefix + "Start", start, errors);
		valid = reject(prefix + "End", end, errors) && valid;
		if (!valid) {
			return null;
		}
		Period period = new Period(start.date(), start.precision(), end.date(), end.precision());
		if (period.endsBeforeItStarts()) {
			errors.rejectValue(prefix + "EndYear", "periodOrder");
			return null;
		}
		return period;
	}

	/** An end never comes before its start: the form's {@code endYear} field is rejected otherwise. */
	default void checkOrder(Errors errors) {
		if (period().endsBeforeItStarts()) {
			errors.rejectValue("endYear", "periodOrder");
		}
	}

	private static boolean reject(String prefix, DateParts date, Errors errors) {
		var problems = date.problems();
		// a form whose other fields could not even be converted has no target to hold field errors
		boolean noTarget = errors instanceof BindingResult result && result.getTarget() == null;
		for (DateParts.Problem p : problems) {
			if (noTarget) {
				errors.reject(p.code(), p.args(), null);
			}
			else {
				errors.rejectValue(prefix + p.part(), p.code(), p.args(), null);
			}
		}
		return problems.isEmpty();
	}

}
