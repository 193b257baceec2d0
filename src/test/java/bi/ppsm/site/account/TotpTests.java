package bi.ppsm.site.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The test vectors of RFC 6238 (appendix B) and RFC 4648 (base32, section 10). */
class TotpTests {

	static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	static final byte[] SEED_SHA512 = ("1234567890123456789012345678901234567890123456789012345678901234")
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void rfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
		long step = Totp.step(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(SEED_SHA1, step, "HmacSHA1", 8)).isEqualTo(sha1);
		assertThat(Totp.code(SEED_SHA256, step, "HmacSHA256", 8)).isEqualTo(sha256);
		assertThat(Totp.code(SEED_SHA512, step, "HmacSHA512", 8)).isEqualTo(sha512);
	}

	@Test
	void sixDigitCodesOfABase32SecretAreTheLastSixOfTheRfcValues() {
		String secret = Totp.base32(SEED_SHA1);
		assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
	}

	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32OfRfc4648(String text, String base32) {
		assertThat(Totp.base32(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
		assertThat(new String(Totp.fromBase32(base32), StandardCharsets.US_ASCII)).isEqualTo(text);
	}

	@Test
	void secretsAreReadAsTypedAndShownInGroups() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		String grouped = Totp.grouped(secret);
		assertThat(grouped).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		assertThat(Totp.fromBase32(grouped.toLowerCase())).isEqualTo(Totp.fromBase32(secret)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
		assertThatIllegalArgumentException().isThrownBy(() -> Totp.fromBase32("MZXW1"));
	}

	@Test
	void stepsAreThirtySeconds() {
		assertThat(Totp.step(Instant.ofEpochSecond(29))).isZero();
		assertThat(Totp.step(Instant.ofEpochSecond(30))).isEqualTo(1);
		assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
	}

	@Test
	void theQrCodeCarriesTheKeyUriThatAuthenticatorAppsRead() {
		String uri = SecondFactorEnrolmentController.uri("marie.n@ppsm.bi", "JBSWY3DPEHPK3PXP");
		assertThat(uri).isEqualTo("otpauth://totp/PPSM%3Amarie.n%40ppsm.bi?secret=JBSWY3DPEHPK3PXP&issuer=PPSM"
				+ "&algorithm=SHA1&digits=6&period=30");
		QrCode qr = QrCode.of(uri);
		// version 5 (37 modules) or more, with the quiet zone of 4 modules on each side
		assertThat(qr.size()).isGreaterThanOrEqualTo(37 + 8);
		assertThat(qr.path()).startsWith("M4 4h1v1h-1z");
		assertThat(qr.path().replaceAll("M\\d+ \\d+h1v1h-1z", "")).as("nothing but squares").isEmpty();
	}

}
