package bi.ppsm.site.system;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The one rule for e-mail addresses the site stores or writes to: exactly one syntactically
 * valid RFC 822 address, without display name and without line break (so never a header
 * injection).
 */
public final class EmailAddresses {

	private EmailAddresses() {
	}

	public static boolean isValid(String address) {
		if (address == null || address.isBlank() || hasLineBreak(address)) {
			return false;
		}
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			parsed.validate();
			return parsed.getPersonal() == null && address.strip().equals(parsed.getAddress()) && address.contains("@");
		}
		catch (AddressException ex) {
			return false;
		}
	}

	public static boolean hasLineBreak(String value) {
		return value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0);
	}

}
