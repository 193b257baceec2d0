package bi.ppsm.site.account;

import java.sql.Timestamp;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** Real sign-ins against accounts in PostgreSQL: throttling, temporary passwords, redirects. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInFullStackTests {

	static final String PASSWORD = "une phrase de passe solide";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	StaffAccount account;

	String address;

	@BeforeEach
	void account() {
		String suffix = Long.toString(System.nanoTime());
		this.account = this.accounts.save(new StaffAccount("redacteur" + suffix + "@test.bi", "Rédacteur",
				StaffRole.EDITOR, this.encoder.encode(PASSWORD)));
		this.address = "10.0." + (suffix.hashCode() & 0xff) + ".9";
	}

	@AfterEach
	void cleanUp() {
		this.throttle.reset(this.account.getEmail(), this.address);
		this.accounts.deleteById(this.account.getId());
	}

	MvcTestResult signIn(String login, String password) {
		return this.mvc.post().uri("/login").with(csrf()).with(request -> {
			request.setRemoteAddr(this.address);
			return request;
		}).param("username", login).param("password", password).exchange();
	}

	/** Sessions are kept by Spring Session in PostgreSQL: the browser only holds this cookie. */
	static Cookie sessionOf(MvcTestResult signIn) {
		Cookie session = signIn.getResponse().getCookie("SESSION");
		assertThat(session).as("session cookie after sign-in").isNotNull();
		return session;
	}

	@Test
	void disablingOrChangingTheRoleOfAnAccountEndsItsSessionAtOnce() {
		Cookie session = sessionOf(signIn(this.account.getEmail(), PASSWORD));
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasStatusOk();

		this.account.setRole(StaffRole.INBOX_HANDLER);
		this.account = this.accounts.save(this.account);
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasRedirectedUrl("/login?expire");

		session = sessionOf(signIn(this.account.getEmail(), PASSWORD));
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasStatusOk();
		this.account.setEnabled(false);
		this.account = this.accounts.save(this.account);
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasRedirectedUrl("/login?expire");
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasStatus(HttpStatus.FOUND);
	}

	long storedLastAccess() {
		return this.jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?", Long.class,
				this.account.getEmail());
	}

	@Test
	void aSessionRowIsWrittenAgainOnlyWhenItsStoredLastAccessIsAMinuteOld() {
		Cookie session = sessionOf(signIn(this.account.getEmail(), PASSWORD));
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasStatusOk();
		long stored = storedLastAccess();
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasStatusOk();
		assertThat(storedLastAccess()).as("a page view within the minute writes nothing").isEqualTo(stored);

		// as if the last write were two minutes ago: the next page view writes the time again
		this.jdbc.update("""
				update spring_session set last_access_time = last_access_time - 120000,
				expiry_time = expiry_time - 120000 where principal_name = ?""", this.account.getEmail());
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasStatusOk();
		assertThat(storedLastAccess()).isGreaterThanOrEqualTo(stored);
		assertThat(this.jdbc.queryForObject("""
				select expiry_time - last_access_time = max_inactive_interval * 1000::bigint from spring_session
				where principal_name = ?""", Boolean.class, this.account.getEmail())).isTrue();
	}

	@Test
	void aStoredSessionThatCannotBeReadOnlyMeansSigningInAgain() {
		Cookie session = sessionOf(signIn(this.account.getEmail(), PASSWORD));
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasStatusOk();
		// as after an upgrade that changed a class kept in the session
		int damaged = this.jdbc.update("""
				update spring_session_attributes set attribute_bytes = ? where session_primary_id =
				(select primary_id from spring_session where principal_name = ?)""", new byte[] { (byte) 0xAC, (byte) 0xED,
				0, 5, 's', 'r', 0, 1, 'X' }, this.account.getEmail());
		assertThat(damaged).isPositive();
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void rightPasswordSignsInAndGoesToTheDashboard() {
		assertThat(signIn(this.account.getEmail().toUpperCase(), PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin");
	}

	@Test
	void anAnonymousVisitToTheBackOfficeStoresNoSessionAndTheSignInReturnsToThePageAskedFor() {
		Timestamp before = this.jdbc.queryForObject("select now()", Timestamp.class);
		MvcTestResult asked = this.mvc.get().uri("/admin/projets").exchange();
		assertThat(asked).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(asked.getResponse().getCookie("SESSION")).as("no session for an anonymous visitor").isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?",
				Long.class, before.getTime())).isZero();
		Cookie saved = asked.getResponse().getCookie("REDIRECT_URI");
		assertThat(saved).as("the page asked for, kept in a cookie").isNotNull();
		assertThat(saved.isHttpOnly()).isTrue(); // SameSite comes from Tomcat: security/CookieIT

		MvcTestResult login = this.mvc.post().uri("/login").with(csrf()).with(request -> {
			request.setRemoteAddr(this.address);
			return request;
		}).cookie(saved).param("username", this.account.getEmail()).param("password", PASSWORD).exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/projets");
	}

	@Test
	void signInIgnoresRedirectsToForeignHosts() {
		MvcTestResult login = this.mvc.post().uri("/login").with(csrf()).with(request -> {
			request.setRemoteAddr(this.address);
			return request;
		})
			.param("username", this.account.getEmail())
			.param("password", PASSWORD)
			.param("continue", "https://evil.example")
			.param("redirect", "https://evil.example")
			.exchange();
		assertThat(login).hasRedirectedUrl("/admin");
	}

	@Test
	void repeatedBadSignInsAreThrottledEvenWithTheRightPassword() {
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			assertThat(signIn(this.account.getEmail(), "mauvais mot de passe " + i)).hasRedirectedUrl("/login?erreur");
		}
		assertThat(signIn(this.account.getEmail(), PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?erreur");
	}

	@Test
	void unknownAccountGetsTheSameGenericRefusal() {
		assertThat(signIn("personne@test.bi", PASSWORD)).hasRedirectedUrl("/login?erreur");
		assertThat(this.mvc.get().uri("/login?erreur")).hasStatusOk()
			.bodyText()
			.contains("identifiants incorrects, compte désactivé ou trop de tentatives");
		this.throttle.reset("personne@test.bi", this.address);
	}

	@Test
	void disabledAccountCannotSignIn() {
		this.account.setEnabled(false);
		this.account = this.accounts.save(this.account);
		assertThat(signIn(this.account.getEmail(), PASSWORD)).hasRedirectedUrl("/login?erreur");
	}

	@Test
	void temporaryPasswordMustBeChangedBeforeAnythingElse() {
		this.account.changePassword(this.account.getPasswordHash(), true);
		this.account = this.accounts.save(this.account);
		MvcTestResult login = signIn(this.account.getEmail(), PASSWORD);
		Cookie session = sessionOf(login);
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/mot-de-passe");
		assertThat(this.mvc.post()
			.uri("/admin/mot-de-passe")
			.cookie(session)
			.with(csrf())
			.param("current", PASSWORD)
			.param("password", "azertyuiop123")
			.param("confirmation", "azertyuiop123")).hasStatusOk()
			.bodyText()
			.contains("trop courant");
		assertThat(this.mvc.post()
			.uri("/admin/mot-de-passe")
			.cookie(session)
			.with(csrf())
			.param("current", PASSWORD)
			.param("password", "un tout nouveau mot de passe")
			.param("confirmation", "un tout nouveau mot de passe")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin/programmes").cookie(session)).hasStatusOk();
		assertThat(this.accounts.findById(this.account.getId()).orElseThrow().isMustChangePassword()).isFalse();
	}

	@Test
	void signInPageIsFrenchAndNeverCached() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.hasHeader("Cache-Control", "no-store")
			.hasHeader("X-Robots-Tag", "noindex, nofollow")
			.bodyText()
			.contains("Connexion au back-office", "name=\"_csrf\"");
	}

	@Test
	void logoutIsAPost() {
		assertThat(this.mvc.post().uri("/logout").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?deconnecte");
	}

}
