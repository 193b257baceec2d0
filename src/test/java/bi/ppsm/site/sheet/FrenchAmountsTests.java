package bi.ppsm.site.sheet;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import bi.ppsm.site.system.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts as donors' reports write them: "15 279 230,00 €" with narrow no-break spaces. */
class FrenchAmountsTests {

	private final Formats formats = new Formats();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void frenchPagesWriteAmountsTheFrenchWay() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.money(new BigDecimal("15279230"), "EUR")).isEqualTo("15\u202f279\u202f230,00\u00a0€");
		assertThat(this.formats.money(new BigDecimal("1500000"), "BIF")).isEqualTo("1\u202f500\u202f000\u00a0BIF");
		assertThat(this.formats.money(new BigDecimal("2500.5"), "USD")).isEqualTo("2\u202f500,50\u00a0USD");
		assertThat(this.formats.money(null, "USD")).isEmpty();
	}

	@Test
	void kirundiPagesToo_andEnglishOnesUseEnglishSeparators() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("rn"));
		assertThat(this.formats.money(new BigDecimal("1000"), "CHF")).isEqualTo("1\u202f000,00\u00a0CHF");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.money(new BigDecimal("15279230"), "EUR")).isEqualTo("15,279,230.00\u00a0€");
	}

}
