package bi.ppsm.site.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Real sign-ins with the second factor required (the default in production), against accounts
 * and codes in PostgreSQL, through the real filters: forced enrolment, codes used once, the
 * throttle, recovery codes and the administrator's reset.
 */
@SpringBootTest(properties = "ppsm.mfa.required=true")
@AutoConfigureMockMvc
class SecondFactorFullStackTests {

	static final String PASSWORD = "une phrase de passe solide";

	static final Pattern SECRET = Pattern.compile("<code class=\"second-factor-secret\">([A-Z2-7 ]+)</code>");

	static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-7]{5}-[a-z2-7]{5})</code>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	final List<StaffAccount> created = new ArrayList<>();

	final String address = "10.43." + (System.nanoTime() & 0xff) + ".7";

	@AfterEach
	void cleanUp() {
		for (StaffAccount account : this.created) {
			this.throttle.reset(account.getEmail(), this.address);
			this.accounts.deleteById(account.getId());
		}
	}

	StaffAccount account(StaffRole role) {
		StaffAccount account = this.accounts.save(new StaffAccount("mfa" + System.nanoTime() + "@test.bi", "Personne",
				role, this.encoder.encode(PASSWORD)));
		this.created.add(account);
		return account;
	}

	/** Enrolled as the enrolment page does it; the secret in base32. */
	String enrolled(StaffAccount account) {
		String secret = Totp.newSecret();
		assertThat(this.secondFactors.enrol(account.getId(), secret, code(secret, 0))).isPresent();
		return secret;
	}

	/** The code an authenticator app shows, {@code steps} of 30 seconds from now. */
	String code(String secret, int steps) {
		return Totp.code(secret.replace(" ", ""), Totp.step(this.clock.instant()) + steps);
	}

	Cookie signIn(StaffAccount account) {
		MvcTestResult login = this.mvc.post().uri("/login").with(csrf()).with(request -> {
			request.setRemoteAddr(this.address);
			return request;
		}).param("username", account.getEmail()).param("password", PASSWORD).exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		return SignInFullStackTests.sessionOf(login);
	}

	MvcTestResult sendCode(Cookie session, String code) {
		return this.mvc.post().uri("/admin/second-facteur").cookie(session).with(csrf()).with(request -> {
			request.setRemoteAddr(this.address);
			return request;
		}).param("code", code).exchange();
	}

	/** The session after a step that changed its id. */
	static Cookie renewed(MvcTestResult result, Cookie before) {
		Cookie after = result.getResponse().getCookie("SESSION");
		assertThat(after).as("a new session id after the second step").isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		return after;
	}

	@Test
	void anAdministratorWithoutSecondFactorMustEnrolBeforeAnythingElse() throws Exception {
		StaffAccount admin = account(StaffRole.ADMINISTRATOR);
		Cookie session = signIn(admin);
		for (String page : new String[] { "/admin", "/admin/programmes", "/admin/messages", "/admin/comptes",
				"/admin/mot-de-passe", "/admin/second-facteur", "/admin/nimporte-quoi" }) {
			assertThat(this.mvc.get().uri(page).cookie(session)).as(page)
				.hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/admin/compte/second-facteur");
		}
		assertThat(this.mvc.post().uri("/admin/comptes/" + admin.getId() + "/second-facteur").cookie(session).with(csrf()))
			.hasRedirectedUrl("/admin/compte/second-facteur");

		MvcTestResult page = this.mvc.get().uri("/admin/compte/second-facteur").cookie(session).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Votre rôle exige un second facteur", "<svg class=\"qr-code\"");
		Matcher shown = SECRET.matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(shown.find()).isTrue();
		String secret = shown.group(1);
		// the page shown again (a reload) keeps the same secret until it is confirmed
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur").cookie(session)).bodyText().contains(secret);

		assertThat(this.mvc.post().uri("/admin/compte/second-facteur").cookie(session).with(csrf()).param("code", "000000"))
			.hasStatusOk()
			.bodyText()
			.contains("Ce code n’est pas valable");
		MvcTestResult confirmed = this.mvc.post()
			.uri("/admin/compte/second-facteur")
			.cookie(session)
			.with(csrf())
			.param("code", code(secret, 0))
			.exchange();
		assertThat(confirmed).hasStatusOk().bodyText().contains("Vos codes de secours");
		Matcher codes = RECOVERY.matcher(confirmed.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(codes.results().count()).isEqualTo(SecondFactors.RECOVERY_CODES);
		session = renewed(confirmed, session);
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasStatusOk();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'SECOND_FACTOR' and entity_id = ?", Integer.class,
				admin.getId().toString())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where changed_fields like ?",
				Integer.class, "%" + secret.replace(" ", "") + "%")).as("the secret is never written anywhere else").isZero();
	}

	@Test
	void anInboxHandlerMustEnrolTooButAnEditorIsNotForced() {
		Cookie handler = signIn(account(StaffRole.INBOX_HANDLER));
		assertThat(this.mvc.get().uri("/admin/messages").cookie(handler)).hasRedirectedUrl("/admin/compte/second-facteur");
		Cookie editor = signIn(account(StaffRole.EDITOR));
		assertThat(this.mvc.get().uri("/admin").cookie(editor)).hasStatusOk()
			.bodyText()
			.doesNotContain("second facteur n’est pas exigé");
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(editor)).hasStatusOk();
		// and may enrol of their own accord
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur").cookie(editor)).hasStatusOk()
			.bodyText()
			.contains("<svg class=\"qr-code\"")
			.doesNotContain("Votre rôle exige");
	}

	@Test
	void enrolledStaffGiveTheirCodeAfterThePasswordAndEachCodeWorksOnce() {
		StaffAccount editor = account(StaffRole.EDITOR);
		String secret = enrolled(editor);
		Cookie session = signIn(editor);
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasRedirectedUrl("/admin/second-facteur");
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur").cookie(session))
			.hasRedirectedUrl("/admin/second-facteur");
		assertThat(this.mvc.get().uri("/admin/second-facteur").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Code de vérification");
		// the code of the enrolment (this time step) was used: the next one is accepted, once
		String next = code(secret, 1);
		MvcTestResult passed = sendCode(session, next);
		assertThat(passed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		session = renewed(passed, session);
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasStatusOk();

		Cookie again = signIn(editor);
		assertThat(sendCode(again, next)).hasStatusOk().bodyText().contains("déjà utilisé");
		assertThat(sendCode(again, code(secret, -1))).as("an older code").hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(again)).hasRedirectedUrl("/admin/second-facteur");
	}

	@Test
	void wrongCodesAreThrottledLikeWrongPasswords() {
		StaffAccount admin = account(StaffRole.ADMINISTRATOR);
		String secret = enrolled(admin);
		Cookie session = signIn(admin);
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			assertThat(sendCode(session, "00000" + i)).hasStatusOk().bodyText().contains("Ce code n’est pas valable");
		}
		assertThat(sendCode(session, code(secret, 1))).hasStatusOk().bodyText().contains("Trop de tentatives");
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasRedirectedUrl("/admin/second-facteur");
		// the password step of the same account is blocked as well
		assertThat(this.mvc.post().uri("/login").with(csrf()).with(request -> {
			request.setRemoteAddr(this.address);
			return request;
		}).param("username", admin.getEmail()).param("password", PASSWORD)).hasRedirectedUrl("/login?erreur");
	}

	@Test
	void aRecoveryCodeSignsInOnce() {
		StaffAccount admin = account(StaffRole.ADMINISTRATOR);
		String secret = Totp.newSecret();
		assertThat(this.secondFactors.enrol(admin.getId(), secret, "000000")).as("a wrong first code").isEmpty();
		List<String> codes = this.secondFactors.enrol(admin.getId(), secret, code(secret, 0)).orElseThrow();
		assertThat(this.secondFactors.enrol(admin.getId(), Totp.newSecret(), code(secret, 0))).as("enrolled once").isEmpty();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForList("select code_hash from staff_recovery_code where account_id = ?",
				String.class, admin.getId())).hasSize(10).doesNotContainAnyElementsOf(codes);

		Cookie session = signIn(admin);
		MvcTestResult passed = sendCode(session, " " + codes.get(3).toUpperCase() + " ");
		assertThat(passed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin").cookie(renewed(passed, session))).hasStatusOk()
			.bodyText()
			.contains("Il vous en reste 9");

		Cookie again = signIn(admin);
		assertThat(sendCode(again, codes.get(3))).hasStatusOk().bodyText().contains("Ce code n’est pas valable");
		assertThat(sendCode(again, codes.get(4).replace("-", ""))).hasStatus(HttpStatus.FOUND);
		assertThat(this.secondFactors.recoveryCodesLeft(admin.getId())).isEqualTo(8);
	}

	@Test
	void anAdministratorResetsALostDeviceWithAnAuditEntryAndThePersonEnrolsAgain() {
		StaffAccount handler = account(StaffRole.INBOX_HANDLER);
		enrolled(handler);
		assertThat(this.mvc.get().uri("/admin/comptes/" + handler.getId()).with(user("chef@test.bi").roles("ADMINISTRATOR")))
			.hasStatusOk()
			.bodyText()
			.contains("Second facteur configuré", "Réinitialiser le second facteur");
		assertThat(this.mvc.post()
			.uri("/admin/comptes/" + handler.getId() + "/second-facteur")
			.with(user("chef@test.bi").roles("ADMINISTRATOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/comptes/" + handler.getId());
		assertThat(this.secondFactors.enrolled(handler.getId())).isFalse();
		assertThat(this.secondFactors.recoveryCodesLeft(handler.getId())).isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_entry where action = 'SECOND_FACTOR_RESET' and actor = 'chef@test.bi'
				and entity_type = 'account' and entity_id = ?""", Integer.class, handler.getId().toString())).isEqualTo(1);
		assertThat(this.mvc.get().uri("/admin/journal").with(user("chef@test.bi").roles("ADMINISTRATOR")))
			.bodyText()
			.contains("second facteur réinitialisé");

		Cookie session = signIn(handler);
		assertThat(this.mvc.get().uri("/admin/messages").cookie(session)).hasRedirectedUrl("/admin/compte/second-facteur");
	}

	@Test
	void hostileValuesInTheCodeFieldGetTheFrenchErrorAndNothingElse() {
		StaffAccount admin = account(StaffRole.ADMINISTRATOR);
		enrolled(admin);
		Cookie session = signIn(admin);
		for (String hostile : new String[] { "x".repeat(100_000), "\u0000123456", "<script>alert(1)</script>",
				"123456\r\nSet-Cookie: a=b", "' OR 1=1--", "", "\u202E654321", "1e3", "-1" }) {
			MvcTestResult result = sendCode(session, hostile);
			assertThat(result).as(hostile.length() > 40 ? "100 000 characters" : hostile)
				.hasStatusOk()
				.bodyText()
				.contains("role=\"alert\"", "lang=\"fr\"")
				.doesNotContain("<script>alert", "Exception");
			assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		}
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasRedirectedUrl("/admin/second-facteur");
	}

}
