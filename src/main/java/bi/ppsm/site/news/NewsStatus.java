package bi.ppsm.site.news;

import java.time.Instant;

/** Where a news item stands at a given time, from its publication and end dates. */
public enum NewsStatus {

	/** No publication date: only staff see it. */
	DRAFT,

	/** Goes public at its publication date, in the future. */
	SCHEDULED,

	/** Public: its publication date has passed and its end date, if any, has not. */
	PUBLISHED,

	/** Its end date has passed: off the site again. */
	EXPIRED;

	static NewsStatus of(Instant publishAt, Instant unpublishAt, Instant now) {
		if (publishAt == null) {
			return DRAFT;
		}
		if (publishAt.isAfter(now)) {
			return SCHEDULED;
		}
		return (unpublishAt != null && !unpublishAt.isAfter(now)) ? EXPIRED : PUBLISHED;
	}

	/** The status named in the admin list's filter ("brouillon"...), or null for any other value. */
	static NewsStatus fromParameter(String value) {
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "brouillon" -> DRAFT;
			case "programmee" -> SCHEDULED;
			case "publiee" -> PUBLISHED;
			case "expiree" -> EXPIRED;
			default -> null;
		};
	}

	/** The value of the admin list's filter for this status. */
	public String parameter() {
		return switch (this) {
			case DRAFT -> "brouillon";
			case SCHEDULED -> "programmee";
			case PUBLISHED -> "publiee";
			case EXPIRED -> "expiree";
		};
	}

}
