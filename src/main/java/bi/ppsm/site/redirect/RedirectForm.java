package bi.ppsm.site.redirect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A redirect added by hand: an old address of the site and where it leads now. */
record RedirectForm(@NotBlank @Size(max = RedirectPaths.SOURCE_MAX) String source,
		@NotBlank @Size(max = RedirectPaths.TARGET_MAX) String target) {

	static RedirectForm empty() {
		return new RedirectForm(null, null);
	}

}
