package bi.ppsm.site.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, at most 72 bytes (what bcrypt hashes), not
 * one of the passwords every attacker tries first, and not the login itself. Returns the message key of the first problem.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** bcrypt reads no further, and Spring Security refuses to hash a longer password. */
	public static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234",
			"azertyuiopqs", "azertyuiop123", "qwertyuiop123", "qwertyuiopas", "motdepasse123", "motdepasse1234",
			"password1234", "password12345", "passwordpassword", "administrator", "administrateur",
			"iloveyou1234", "bonjour12345", "bujumbura123", "bujumbura2024", "bujumbura2025", "burundi12345",
			"burundi2024!", "burundi2025!", "ppsm12345678", "ppsmburundi1", "ppsmburundi123", "changeme1234",
			"welcome12345", "bienvenue123", "letmein12345", "111111111111", "000000000000", "aaaaaaaaaaaa",
			"abcdefghijkl", "abc123456789", "soleil123456", "football1234", "jetaime12345");

	private PasswordPolicy() {
	}

	public static Optional<String> problem(String password, String login) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("passwordTooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("passwordTooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("passwordCommon");
		}
		if (login != null && lower.contains(StaffAccount.normalise(login))) {
			return Optional.of("passwordLogin");
		}
		return Optional.empty();
	}

}
