package bi.ppsm.site.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a visitor submits. {@code website} is the honeypot (people never see it) and
 * {@code token} the signed render time of the form (see TimeTrap).
 */
record ContactForm(@Size(max = 200) @Pattern(regexp = "[^\\r\\n]*") String name,
		@NotBlank @Email @Size(max = 254) String email, @Size(max = 60) @Pattern(regexp = "[0-9 +().-]*") String phone,
		@NotNull Subject subject, @NotBlank @Size(min = 10, max = 5000) String message, String website,
		String token) {

	static ContactForm empty(String token) {
		return new ContactForm(null, null, null, null, null, null, token);
	}

	ContactForm withToken(String newToken) {
		return new ContactForm(this.name, this.email, this.phone, this.subject, this.message, null, newToken);
	}

}
