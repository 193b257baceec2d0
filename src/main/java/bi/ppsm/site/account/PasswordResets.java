package bi.ppsm.site.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.mail.Outbox;
import bi.ppsm.site.mail.OutboxMail;
import bi.ppsm.site.system.EmailAddresses;

/**
 * Forgotten passwords: a random token is mailed through the outbox, only its SHA-256 is stored;
 * it works once, for an hour. At most three links per account per hour.
 */
@Service
class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffAccountRepository accounts;

	private final PasswordResetTokenRepository tokens;

	private final Outbox outbox;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final MessageSource bundles;

	private final Clock clock;

	PasswordResets(StaffAccountRepository accounts, PasswordResetTokenRepository tokens, Outbox outbox,
			PasswordEncoder encoder, AuditLog audit, MessageSource bundles, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.outbox = outbox;
		this.encoder = encoder;
		this.audit = audit;
		this.bundles = bundles;
		this.clock = clock;
	}

	/** Does nothing visible when the address has no enabled account: the answer is the same. */
	@Transactional
	void request(String email, String baseUrl) {
		Optional<StaffAccount> found = (email == null) ? Optional.empty()
				: this.accounts.findByLogin(email).filter(StaffAccount::isEnabled);
		if (found.isEmpty() || !EmailAddresses.isValid(found.get().getEmail())) {
			return;
		}
		StaffAccount account = found.get();
		Instant now = this.clock.instant();
		if (this.tokens.countByAccountIdAndCreatedAtAfter(account.getId(), now.minus(VALIDITY)) >= 3) {
			return;
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new PasswordResetToken(account.getId(), hash(token), now, now.plus(VALIDITY)));
		String link = baseUrl + "/login/nouveau-mot-de-passe?jeton=" + token;
		this.outbox.enqueue(OutboxMail.Kind.PASSWORD_RESET, account.getEmail(), null,
				this.bundles.getMessage("mail.reset.subject", null, Locale.FRENCH),
				this.bundles.getMessage("mail.reset.body", new Object[] { link }, Locale.FRENCH), null, null, null);
	}

	Optional<StaffAccount> accountFor(String token) {
		return usable(token).flatMap(t -> this.accounts.findById(t.getAccountId())).filter(StaffAccount::isEnabled);
	}

	@Transactional
	boolean reset(String token, String password) {
		Optional<PasswordResetToken> usable = usable(token);
		Optional<StaffAccount> account = usable.flatMap(t -> this.accounts.findById(t.getAccountId()))
			.filter(StaffAccount::isEnabled);
		if (account.isEmpty()) {
			return false;
		}
		usable.get().use(this.clock.instant());
		account.get().changePassword(this.encoder.encode(password), false);
		this.audit.record("PASSWORD", "account", account.get().getId(), account.get().getEmail(), List.of("password"));
		return true;
	}

	private Optional<PasswordResetToken> usable(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).filter(t -> t.isUsable(this.clock.instant()));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
