package bi.ppsm.site.system;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Numbers as a reader of the page's language writes them ("5 953", "12 000 000"). */
@Component("formats")
public class Formats {

	public String number(Number value) {
		if (value == null) {
			return "";
		}
		Number plain = (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros() : value;
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(2);
		return format.format(plain);
	}

	/**
	 * An amount with its currency as a French reader writes it: "15 279 230,00 €", "1 500 000 BIF"
	 * (thousands set apart by a narrow no-break space, the currency after a no-break space, the
	 * currency's usual number of decimals); English pages keep that order with English separators.
	 */
	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		return amount(amount, currency, LocaleContextHolder.getLocale()) + "\u00a0" + symbol(currency);
	}

	/** The amount alone, French style whatever the page's language: for exports and the audit log. */
	public static String frenchAmount(BigDecimal amount, String currency) {
		return amount(amount, currency, Locale.FRANCE);
	}

	private static String amount(BigDecimal amount, String currency, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(english ? Locale.UK : Locale.FRANCE);
		if (!english) {
			symbols.setGroupingSeparator('\u202f');
		}
		DecimalFormat format = new DecimalFormat("#,##0", symbols);
		int digits = fractionDigits(currency);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(Math.max(digits, 2));
		return format.format(amount);
	}

	private static int fractionDigits(String currency) {
		try {
			return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return 2;
		}
	}

	private static String symbol(String currency) {
		return "EUR".equals(currency) ? "€" : (currency != null) ? currency : "";
	}

}
