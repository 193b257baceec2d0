package bi.ppsm.site.period;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/**
 * The period part of an admin form (a programme, a project, a phase): a start and an end, each
 * with how much of the date is known. Form records implement it by naming their components
 * {@code start}, {@code startPrecision}, {@code end} and {@code endPrecision}, the names the
 * {@code admin/fragments/forms :: period} fragment posts.
 */
public interface PeriodFields {

	LocalDate start();

	DatePrecision startPrecision();

	LocalDate end();

	DatePrecision endPrecision();

	/** The period the form holds; a precision without its date is dropped. */
	default Period period() {
		return new Period(start(), (start() != null) ? startPrecision() : null, end(),
				(end() != null) ? endPrecision() : null);
	}

	/** An end never comes before its start: the form's {@code end} field is rejected otherwise. */
	default void checkOrder(Errors errors) {
		Period period = period();
		if (period.getStart() != null && period.getEnd() != null && period.getEnd().isBefore(period.getStart())) {
			errors.rejectValue("end", "periodOrder");
		}
	}

	/** A precision for the form's select: the stored one, or the year when none is known. */
	static DatePrecision orYear(DatePrecision precision) {
		return (precision != null) ? precision : DatePrecision.YEAR;
	}

}
