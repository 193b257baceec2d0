package bi.ppsm.site.news;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Publication times as staff type and read them: local time in Bujumbura (UTC+2, no daylight
 * saving), whatever the server's own zone; stored as instants.
 */
public final class NewsTime {

	public static final ZoneId ZONE = ZoneId.of("Africa/Bujumbura");

	/** What {@code <input type="datetime-local">} sends and shows: "2026-03-12T09:30". */
	static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

	private NewsTime() {
	}

	static Instant toInstant(LocalDateTime local) {
		return (local != null) ? local.atZone(ZONE).toInstant() : null;
	}

	static LocalDateTime toLocal(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZONE).withSecond(0).withNano(0) : null;
	}

}
