package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.security.Payloads.Payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The sign-in throttle against an attacker who changes logins (the per-address limit) or types
 * anything as a login: every attempt is refused with the generic answer, counted, and never
 * breaks the sign-in page; the right password does not get through a blocked address.
 * (The per-account limit is in SignInFullStackTests.)
 */
class LoginThrottleIT extends MockMvcSuite {

	static final String ERROR = "/login?erreur";

	String address;

	final List<String> logins = new ArrayList<>();

	@BeforeEach
	void newAddress() {
		this.logins.clear();
		this.address = "10.77." + (System.nanoTime() % 250) + ".1";
		this.logins.add(this.fixtures.login(StaffRole.EDITOR));
	}

	@AfterEach
	void forgetFailures() {
		this.logins.forEach(login -> this.throttle.reset(login, this.address));
	}

	MvcTestResult signIn(String login, String password) {
		this.logins.add(login);
		return this.mvc.post().uri("/login").with(csrf()).with(request -> {
			request.setRemoteAddr(this.address);
			return request;
		}).param("username", login).param("password", password).exchange();
	}

	int addressFailures() {
		return this.jdbc.queryForList("select failures from login_throttle where throttle_key = ?", Integer.class,
				"adresse:" + this.address).stream().findFirst().orElse(0);
	}

	@Test
	void anAddressThatTriedTooManyLoginsIsBlockedEvenWithTheRightPassword() {
		for (int i = 0; i < 20; i++) {
			assertThat(signIn("inconnu" + i + "@exemple.bi", "mauvais mot de passe")).hasRedirectedUrl(ERROR);
		}
		assertThat(addressFailures()).isEqualTo(20);
		assertThat(signIn(this.fixtures.login(StaffRole.EDITOR), Fixtures.PASSWORD)).as("right password, blocked address")
			.hasRedirectedUrl(ERROR);
	}

	@Test
	void anythingTypedAsALoginIsRefusedCountedAndStoredSafely() {
		List<Payload> logins = new ArrayList<>(Payloads.TEXT);
		logins.add(new Payload("251 characters", "a".repeat(240) + "@exemple.bi"));
		logins.add(new Payload("NUL only", "\u0000"));
		List<String> failures = new ArrayList<>();
		for (Payload login : logins) {
			MvcTestResult result = signIn(login.value(), "mauvais mot de passe");
			if (result.getUnresolvedException() != null || !ERROR.equals(result.getResponse().getRedirectedUrl())) {
				failures.add(login + ": " + result.getResponse().getStatus() + " "
						+ (result.getUnresolvedException() != null ? result.getUnresolvedException() : result.getResponse().getRedirectedUrl()));
			}
		}
		assertThat(failures).as("logins").isEmpty();
		assertThat(addressFailures()).isEqualTo(logins.size());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from login_throttle where length(throttle_key) > 250 or throttle_key ~ '[[:cntrl:]]'",
				Integer.class)).isZero();
	}

	@Test
	void aPasswordOfAnyLengthIsAnsweredWithTheGenericRefusal() {
		for (String password : List.of("é".repeat(100_000), Fixtures.PASSWORD + "x".repeat(100), "",
				Fixtures.PASSWORD + "\u0000")) {
			assertThat(signIn(this.fixtures.login(StaffRole.EDITOR), password)).as("password of %d characters",
					password.length())
				.hasRedirectedUrl(ERROR);
		}
	}

}
