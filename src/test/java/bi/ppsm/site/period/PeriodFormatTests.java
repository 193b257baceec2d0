package bi.ppsm.site.period;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodFormatTests {

	private final PeriodFormat format;

	PeriodFormatTests() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.format = new PeriodFormat(messages);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void ongoingPeriodReadsSince() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		Period period = new Period(LocalDate.of(2017, 1, 1), DatePrecision.YEAR, null, null);
		assertThat(this.format.format(period)).isEqualTo("Depuis 2017");
	}

	@Test
	void closedPeriodUsesEachDatePrecision() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		Period period = new Period(LocalDate.of(2020, 4, 1), DatePrecision.MONTH, LocalDate.of(2025, 3, 30),
				DatePrecision.DAY);
		assertThat(this.format.format(period)).isEqualTo("Avril 2020 – 30 mars 2025");
	}

	@Test
	void englishPeriod() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		Period period = new Period(LocalDate.of(2014, 1, 1), DatePrecision.YEAR, null, null);
		assertThat(this.format.format(period)).isEqualTo("Since 2014");
	}

	@Test
	void unknownPeriodIsNull() {
		assertThat(this.format.format(Period.UNKNOWN)).isNull();
	}

}
