package bi.ppsm.site.system;

import java.time.Instant;

/**
 * Where a record with a published flag and optional publication dates stands at a given time
 * (a programme, a project): what the admin shows next to it.
 */
public enum PublicationStatus {

	/** Not published: only staff see it. */
	DRAFT,

	/** Published from a date still to come. */
	SCHEDULED,

	/** Visitors see it. */
	PUBLIC,

	/** Its end date has passed: off the site again. */
	ENDED;

	/**
	 * The status at {@code now}: public when {@code published} and {@code from <= now} (none: no
	 * limit) and {@code now < until} (none: for good).
	 */
	public static PublicationStatus of(boolean published, Instant from, Instant until, Instant now) {
		if (!published) {
			return DRAFT;
		}
		if (from != null && from.isAfter(now)) {
			return SCHEDULED;
		}
		return (until != null && !until.isAfter(now)) ? ENDED : PUBLIC;
	}

}
