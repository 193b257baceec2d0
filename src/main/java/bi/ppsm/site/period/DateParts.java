package bi.ppsm.site.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A date as staff type it: a year, then optionally a month, then optionally a day. What is
 * filled in gives the precision (a year: {@code YEAR}; a month of a year: {@code MONTH}; all
 * three: {@code DAY}); the date kept is the first day of that year or month, as the seed stores
 * them. Parts are kept as typed (text), so that a wrong one comes back to the form unchanged.
 */
public record DateParts(String year, String month, String day) {

	public static final int FIRST_YEAR = 1950;

	public static final int LAST_YEAR = 2100;

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

	/**
	 * What is wrong with one part of the date.
	 * @param part {@code Year}, {@code Month} or {@code Day}: the form field is the period's end
	 * ({@code start}, {@code end}) followed by it
	 * @param code the error code, under {@code admin.validation.}
	 * @param args the arguments of its message
	 */
	public record Problem(String part, String code, Object... args) {
	}

	/** The parts of a stored date, as far as its precision goes (none for no date). */
	public static DateParts of(LocalDate date, DatePrecision precision) {
		if (date == null) {
			return new DateParts(null, null, null);
		}
		DatePrecision known = (precision != null) ? precision : DatePrecision.DAY;
		return new DateParts(String.valueOf(date.getYear()),
				(known != DatePrecision.YEAR) ? String.valueOf(date.getMonthValue()) : null,
				(known == DatePrecision.DAY) ? String.valueOf(date.getDayOfMonth()) : null);
	}

	/** Nothing typed: no date. */
	public boolean isBlank() {
		return blank(this.year) && blank(this.month) && blank(this.day);
	}

	/** Everything wrong, at most one problem per part; empty for a date or for no date at all. */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		Integer y = number(this.year);
		Integer m = number(this.month);
		Integer d = number(this.day);
		if (blank(this.year) && !isBlank()) {
			problems.add(new Problem("Year", "dateYearMissing"));
		}
		else if (!blank(this.year) && y == null) {
			problems.add(new Problem("Year", "dateYearNumber"));
		}
		else if (y != null && (y < FIRST_YEAR || y > LAST_YEAR)) {
			problems.add(new Problem("Year", "dateYearRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
		}
		if (!blank(this.month) && (m == null || m < 1 || m > 12)) {
			problems.add(new Problem("Month", "dateMonth"));
		}
		else if (blank(this.month) && !blank(this.day)) {
			problems.add(new Problem("Month", "dateMonthMissing"));
		}
		if (!blank(this.day) && (d == null || d < 1 || d > 31)) {
			problems.add(new Problem("Day", "dateDayNumber"));
		}
		else if (d != null && m != null && m >= 1 && m <= 12) {
			int length = (y != null && y >= FIRST_YEAR && y <= LAST_YEAR) ? YearMonth.of(y, m).lengthOfMonth()
					: Month.of(m).maxLength();
			if (d > length) {
				problems.add(new Problem("Day", "dateDayNotInMonth", String.valueOf(length)));
			}
		}
		return problems;
	}

	/** The date: the first day of its year or month when those are all that is known; null when blank or wrong. */
	public LocalDate date() {
		if (isBlank() || !problems().isEmpty()) {
			return null;
		}
		int y = number(this.year);
		return switch (precision()) {
			case YEAR -> LocalDate.of(y, 1, 1);
			case MONTH -> LocalDate.of(y, number(this.month), 1);
			case DAY -> LocalDate.of(y, number(this.month), number(this.day));
		};
	}

	/** How much of the date is given: null when blank. */
	public DatePrecision precision() {
		if (isBlank()) {
			return null;
		}
		if (blank(this.month)) {
			return DatePrecision.YEAR;
		}
		return blank(this.day) ? DatePrecision.MONTH : DatePrecision.DAY;
	}

	private static boolean blank(String part) {
		return part == null || part.isBlank();
	}

	private static Integer number(String part) {
		if (blank(part)) {
			return null;
		}
		String digits = part.strip();
		return NUMBER.matcher(digits).matches() ? Integer.valueOf(digits) : null;
	}

}
