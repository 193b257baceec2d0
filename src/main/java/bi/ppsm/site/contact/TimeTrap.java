package bi.ppsm.site.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import bi.ppsm.site.system.PpsmProperties;

/**
 * The render time of the form, signed with HMAC-SHA256. The key is PPSM_FORM_SECRET, or else a
 * random key kept in the database (table {@code app_secret}), the same for every instance. A form sent back sooner than the minimum delay, after a day, or with a
 * token that is not ours is suspicious: robots fill forms fast and replay old ones.
 */
@Component
class TimeTrap {

	private static final Duration MAX_AGE = Duration.ofHours(24);

	private final byte[] key;

	private final Clock clock;

	private final Duration minDelay;

	TimeTrap(PpsmProperties properties, Clock clock, ObjectProvider<JdbcTemplate> jdbc) {
		String secret = properties.form().secret();
		this.key = secret.isBlank() ? sharedKey(jdbc.getIfAvailable()) : secret.getBytes(StandardCharsets.UTF_8);
		this.minDelay = Duration.ofSeconds(properties.contact().minSeconds());
		this.clock = clock;
	}

	String issue() {
		return issueAt(this.clock.millis());
	}

	String issueAt(long epochMillis) {
		String millis = Long.toString(epochMillis);
		return millis + "." + sign(millis);
	}

	/** Null when the token is fine, else why it is suspicious. */
	String check(String token) {
		if (token == null || token.indexOf('.') < 0) {
			return "time-trap: missing";
		}
		String millis = token.substring(0, token.indexOf('.'));
		byte[] given = token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
			return "time-trap: signature";
		}
		Instant rendered = Instant.ofEpochMilli(Long.parseLong(millis));
		Duration age = Duration.between(rendered, this.clock.instant());
		if (age.compareTo(this.minDelay) < 0) {
			return "time-trap: too fast";
		}
		if (age.compareTo(MAX_AGE) > 0) {
			return "time-trap: too old";
		}
		return null;
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The key stored by the first instance that started (a random one without a database: slice tests). */
	private static byte[] sharedKey(JdbcTemplate jdbc) {
		if (jdbc == null) {
			return randomKey();
		}
		jdbc.update("insert into app_secret (name, value) values ('form', ?) on conflict (name) do nothing", (Object) randomKey());
		return jdbc.queryForObject("select value from app_secret where name = 'form'", byte[].class);
	}

	private static byte[] randomKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
