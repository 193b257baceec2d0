package bi.ppsm.site.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Publication times as staff type and read them: local time in Bujumbura (UTC+2, no daylight
 * saving), whatever the server's own zone; stored as instants.
 */
public final class PublicationTime {

	public static final ZoneId ZONE = ZoneId.of("Africa/Bujumbura");

	/** What {@code <input type="datetime-local">} sends and shows: "2026-03-12T09:30". */
	public static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

	private PublicationTime() {
	}

	public static Instant toInstant(LocalDateTime local) {
		return (local != null) ? local.atZone(ZONE).toInstant() : null;
	}

	public static LocalDateTime toLocal(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZONE).withSecond(0).withNano(0) : null;
	}

	/** The value of a {@code datetime-local} field for that instant; null for none. */
	public static String input(Instant instant) {
		return (instant != null) ? INPUT.format(toLocal(instant)) : null;
	}

	/** A date and time typed in Bujumbura time ("2026-03-12T09:30"), or null when it is not one. */
	public static Instant parse(String value) {
		if (value == null) {
			return null;
		}
		try {
			LocalDateTime local = LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
			if (local.getYear() < 2000 || local.getYear() > 2100) {
				return null;
			}
			return toInstant(local.withSecond(0).withNano(0));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
