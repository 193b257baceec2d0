package bi.ppsm.site.admin;

import org.springframework.validation.BindingResult;

/** What the admin forms share: the rule for slugs and the check against a stale edit. */
public final class AdminForms {

	/** Lower-case letters and digits, in words joined by single hyphens: "cap-nord-2". */
	public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/** A telephone number as people write it: digits, spaces, dots, hyphens, an optional leading +. */
	public static final String PHONE = "\\+?[0-9][0-9 .\\-]{2,38}";

	private AdminForms() {
	}

	/**
	 * Rejects the form with {@code conflict} when it was filled in from another version of the
	 * record than the stored one (someone saved in between).
	 */
	public static void checkVersion(int stored, Integer submitted, BindingResult result) {
		if (!Integer.valueOf(stored).equals(submitted)) {
			result.reject("conflict");
		}
	}

}
