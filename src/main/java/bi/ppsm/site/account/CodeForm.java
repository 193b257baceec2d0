package bi.ppsm.site.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A one-time code of the authenticator app, or (at sign-in) a recovery code. */
record CodeForm(@NotBlank @Size(max = 40) String code) {

	static CodeForm empty() {
		return new CodeForm(null);
	}

}
