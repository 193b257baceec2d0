package bi.ppsm.site.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.system.PpsmProperties;

/**
 * The second factor of staff accounts (tables of {@code db/V43}): one-time codes of an
 * authenticator app, each accepted once, with one step of clock drift either way, and ten
 * single-use recovery codes. Secrets and codes are never logged.
 */
@Component
class SecondFactors {

	static final int RECOVERY_CODES = 10;

	private static final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final boolean requiredByDefault;

	SecondFactors(JdbcTemplate jdbc, Clock clock, PpsmProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.requiredByDefault = properties.mfa().required();
	}

	/**
	 * Administrators and inbox handlers must have a second factor, unless the setting turns it off;
	 * editors and member contributors, who edit public content, may choose to.
	 */
	boolean requiredFor(StaffRole role) {
		return this.requiredByDefault && role != StaffRole.EDITOR && role != StaffRole.MEMBER_CONTRIBUTOR;
	}

	boolean enrolled(long accountId) {
		return secret(accountId).isPresent();
	}

	/**
	 * Enrols an account with the secret it was shown, when the code is one of that secret's
	 * current codes; the new recovery codes, or empty when the code is wrong (or the account was
	 * enrolled meanwhile).
	 */
	@Transactional
	Optional<List<String>> enrol(long accountId, String secret, String code) {
		OptionalLong step = matchingStep(secret, code);
		if (step.isEmpty() || this.jdbc.update("""
				insert into staff_second_factor (account_id, secret, last_step, enrolled_at) values (?, ?, ?, ?)
				on conflict (account_id) do nothing""", accountId, secret, step.getAsLong(), now()) != 1) {
			return Optional.empty();
		}
		return Optional.of(newRecoveryCodes(accountId));
	}

	/** A current one-time code, or an unused recovery code (used up by this call). */
	@Transactional
	boolean verify(long accountId, String code) {
		Optional<String> secret = secret(accountId);
		if (secret.isEmpty() || code == null) {
			return false;
		}
		String compact = code.replaceAll("[\\s-]", "");
		if (compact.matches("\\d{" + Totp.DIGITS + "}")) {
			return acceptCode(accountId, secret.get(), compact);
		}
		return this.jdbc.update("""
				update staff_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null""",
				now(), accountId, hash(compact.toLowerCase(Locale.ROOT))) == 1;
	}

	/** Only a current one-time code (not a recovery code): to confirm a change. */
	@Transactional
	boolean verifyOneTimeCode(long accountId, String code) {
		Optional<String> secret = secret(accountId);
		return secret.isPresent() && code != null && acceptCode(accountId, secret.get(), code.replaceAll("\\s", ""));
	}

	/** Replaces the recovery codes of an account by ten new ones, returned once in clear. */
	@Transactional
	List<String> newRecoveryCodes(long accountId) {
		this.jdbc.update("delete from staff_recovery_code where account_id = ?", accountId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			byte[] bytes = new byte[7];
			random.nextBytes(bytes);
			String code = Totp.base32(bytes).substring(0, 10).toLowerCase(Locale.ROOT);
			this.jdbc.update("insert into staff_recovery_code (account_id, code_hash) values (?, ?)", accountId,
					hash(code));
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	int recoveryCodesLeft(long accountId) {
		Integer left = this.jdbc.queryForObject(
				"select count(*) from staff_recovery_code where account_id = ? and used_at is null", Integer.class,
				accountId);
		return (left != null) ? left : 0;
	}

	/** Forgets the second factor of an account (lost device): it enrols again at its next sign-in. */
	@Transactional
	void reset(long accountId) {
		this.jdbc.update("delete from staff_recovery_code where account_id = ?", accountId);
		this.jdbc.update("delete from staff_second_factor where account_id = ?", accountId);
	}

	private Optional<String> secret(long accountId) {
		return this.jdbc.queryForList("select secret from staff_second_factor where account_id = ?", String.class, accountId)
			.stream()
			.findFirst();
	}

	/**
	 * A code of the previous, current or next time step, later than the last one accepted: the
	 * step is recorded in the same statement, so a code cannot be used twice, even at once.
	 */
	private boolean acceptCode(long accountId, String secret, String code) {
		OptionalLong step = matchingStep(secret, code);
		return step.isPresent() && this.jdbc.update("""
				update staff_second_factor set last_step = ? where account_id = ? and last_step < ?""",
				step.getAsLong(), accountId, step.getAsLong()) == 1;
	}

	/** The time step (one either way of now, for clocks that drift) whose code this is. */
	private OptionalLong matchingStep(String secret, String typed) {
		// apps show "123 456": the space is not part of the code
		String code = (typed != null) ? typed.replaceAll("\\s", "") : null;
		if (code == null || !code.matches("\\d{" + Totp.DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = Totp.step(this.clock.instant());
		for (long step = current - 1; step <= current + 1; step++) {
			if (MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
