package bi.ppsm.site.period;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Period} as visitors read it: "Depuis 2017", "Avril 2020 – 30 mars 2025".
 * Used from templates as {@code ${@periodFormat.format(programme.period)}}.
 */
@Component
public class PeriodFormat {

	private final MessageSource messages;

	PeriodFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String format(Period period) {
		if (period == null || !period.isKnown()) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String start = date(period.getStart(), period.getStartPrecision(), locale);
		String end = date(period.getEnd(), period.getEndPrecision(), locale);
		String text;
		if (end == null) {
			text = this.messages.getMessage("period.since", new Object[] { start }, locale);
		}
		else if (start == null) {
			text = this.messages.getMessage("period.until", new Object[] { end }, locale);
		}
		else {
			text = this.messages.getMessage("period.range", new Object[] { start, end }, locale);
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String date(LocalDate date, DatePrecision precision, Locale locale) {
		if (date == null) {
			return null;
		}
		String pattern = switch (precision) {
			case YEAR -> "yyyy";
			case MONTH -> "MMMM yyyy";
			case DAY -> "d MMMM yyyy";
		};
		return DateTimeFormatter.ofPattern(pattern, locale).format(date);
	}

}
