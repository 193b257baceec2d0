package bi.ppsm.site.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatePartsTests {

	@Test
	void yearAloneIsTheFirstDayOfTheYear() {
		DateParts date = new DateParts("2017", null, null);
		assertThat(date.problems()).isEmpty();
		assertThat(date.date()).isEqualTo(LocalDate.of(2017, 1, 1));
		assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
	}

	@Test
	void monthAndYearAreTheFirstDayOfTheMonth() {
		DateParts date = new DateParts("2020", "4", null);
		assertThat(date.date()).isEqualTo(LocalDate.of(2020, 4, 1));
		assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
	}

	@Test
	void allThreeAreThatDay() {
		DateParts date = new DateParts(" 2025 ", "03", "30");
		assertThat(date.date()).isEqualTo(LocalDate.of(2025, 3, 30));
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void nothingTypedIsNoDate() {
		for (DateParts date : new DateParts[] { new DateParts(null, null, null), new DateParts("", " ", "") }) {
			assertThat(date.isBlank()).isTrue();
			assertThat(date.problems()).isEmpty();
			assertThat(date.date()).isNull();
			assertThat(date.precision()).isNull();
		}
	}

	@Test
	void twentyNinthOfFebruaryOfALeapYear() {
		assertThat(new DateParts("2024", "2", "29").date()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest(name = "{0}-{1}-{2}: {3} on {4}")
	@CsvSource(nullValues = "_", value = {
			// a part missing
			"_, 4, _, Year, dateYearMissing", "_, 4, 12, Year, dateYearMissing", "2020, _, 12, Month, dateMonthMissing",
			// not a number
			"deux mille, _, _, Year, dateYearNumber", "2020a, _, _, Year, dateYearNumber", "-2020, _, _, Year, dateYearNumber",
			"20.5, _, _, Year, dateYearNumber", "2e3, _, _, Year, dateYearNumber", "2020, avril, _, Month, dateMonth",
			"2020, 4, premier, Day, dateDayNumber", "2020, 4, 1.5, Day, dateDayNumber",
			// out of range or impossible
			"1949, _, _, Year, dateYearRange", "2101, _, _, Year, dateYearRange", "99999, _, _, Year, dateYearNumber",
			"2020, 13, _, Month, dateMonth", "2020, 0, _, Month, dateMonth", "2020, 4, 0, Day, dateDayNumber",
			"2020, 4, 32, Day, dateDayNumber", "2021, 2, 29, Day, dateDayNotInMonth", "2021, 2, 31, Day, dateDayNotInMonth",
			"2020, 4, 31, Day, dateDayNotInMonth", "2020, <script>, _, Month, dateMonth" })
	void wrongDateIsAProblemOnThePartAtFault(String year, String month, String day, String part, String code) {
		DateParts date = new DateParts(year, month, day);
		assertThat(date.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.part()).isEqualTo(part);
			assertThat(problem.code()).isEqualTo(code);
		});
		assertThat(date.date()).isNull();
	}

	@Test
	void impossibleDayNamesTheLengthOfTheMonth() {
		assertThat(new DateParts("2021", "2", "30").problems()).singleElement()
			.satisfies(problem -> assertThat(problem.args()).containsExactly("28"));
		assertThat(new DateParts("1950", "9", "31").problems()).singleElement()
			.satisfies(problem -> assertThat(problem.args()).containsExactly("30"));
	}

	@Test
	void yearRangeNamesItsBounds() {
		assertThat(new DateParts("1800", null, null).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.args()).containsExactly("1950", "2100"));
	}

	@Test
	void dayAloneLacksItsYearAndItsMonth() {
		assertThat(new DateParts(null, null, "12").problems()).extracting(DateParts.Problem::code)
			.containsExactly("dateYearMissing", "dateMonthMissing");
	}

	@Test
	void eachPartAtFaultHasItsOwnProblem() {
		assertThat(new DateParts("vingt", "13", "40").problems()).extracting(DateParts.Problem::part)
			.containsExactly("Year", "Month", "Day");
	}

	@Test
	void storedDateComesBackAsFarAsItsPrecisionGoes() {
		assertThat(DateParts.of(LocalDate.of(2017, 1, 1), DatePrecision.YEAR)).isEqualTo(new DateParts("2017", null, null));
		assertThat(DateParts.of(LocalDate.of(2020, 4, 1), DatePrecision.MONTH)).isEqualTo(new DateParts("2020", "4", null));
		assertThat(DateParts.of(LocalDate.of(2025, 3, 30), DatePrecision.DAY)).isEqualTo(new DateParts("2025", "3", "30"));
		assertThat(DateParts.of(LocalDate.of(2025, 3, 30), null)).isEqualTo(new DateParts("2025", "3", "30"));
		assertThat(DateParts.of(null, DatePrecision.YEAR)).isEqualTo(new DateParts(null, null, null));
	}

}
