package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code Set-Cookie} headers of the server. The session cookie is found by what it
 * does, not by its name (JSESSIONID today, SESSION with Spring Session): it is the cookie,
 * other than the CSRF one, that the sign-in sets anew. Every cookie is HttpOnly and SameSite;
 * over HTTPS every cookie is Secure, and the session cookie always is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CookieTests {

	static final String CSRF_COOKIE = "XSRF-TOKEN";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	Fixtures fixtures;

	@BeforeAll
	void fixtures() {
		this.fixtures = new Fixtures(this.jdbc, this.encoder);
	}

	@AfterAll
	void cleanUp() {
		this.throttle.reset(this.fixtures.login(StaffRole.EDITOR), "127.0.0.1");
		this.fixtures.close();
	}

	/** Name → attributes (lower case) of the Set-Cookie headers of one answer. */
	static Map<String, String> cookies(List<String> setCookies) {
		Map<String, String> cookies = new HashMap<>();
		for (String header : setCookies) {
			cookies.put(header.substring(0, header.indexOf('=')), header.toLowerCase(Locale.ROOT));
		}
		return cookies;
	}

	static List<String> problems(List<String> setCookies, boolean https) {
		List<String> problems = new ArrayList<>();
		for (String header : setCookies) {
			String lower = header.toLowerCase(Locale.ROOT);
			String name = header.substring(0, header.indexOf('='));
			if (!lower.contains("; httponly")) {
				problems.add(name + " is not HttpOnly: " + header);
			}
			if (!lower.contains("; samesite=lax") && !lower.contains("; samesite=strict")) {
				problems.add(name + " is not SameSite: " + header);
			}
			if (https && !lower.contains("; secure")) {
				problems.add(name + " is not Secure over HTTPS: " + header);
			}
		}
		return problems;
	}

	@Test
	void theSessionCookieChangesAtSignInAndIsHttpOnlySameSiteAndSecure() {
		WebClient staff = new WebClient(this.port);
		assertThat(staff.get("/admin").statusCode()).isEqualTo(302);
		Map<String, String> before = new HashMap<>(staff.cookies);
		int seen = staff.setCookies.size();
		staff.signIn(this.fixtures.login(StaffRole.EDITOR), Fixtures.PASSWORD);
		List<String> atSignIn = staff.setCookies.subList(seen, staff.setCookies.size());
		List<String> session = atSignIn.stream()
			.map(h -> h.substring(0, h.indexOf('=')))
			.filter(name -> !name.equals(CSRF_COOKIE) && staff.cookies.containsKey(name)
					&& !staff.cookies.get(name).equals(before.get(name)))
			.distinct()
			.toList();
		assertThat(session).as("cookies other than %s set anew at sign-in: %s", CSRF_COOKIE, atSignIn).hasSize(1);
		String header = cookies(atSignIn).get(session.get(0));
		assertThat(header).as("session cookie").contains("; httponly", "; secure").containsAnyOf("; samesite=lax",
				"; samesite=strict");
		assertThat(staff.get("/admin").statusCode()).as("the new session is signed in").isEqualTo(200);
		WebClient thief = new WebClient(this.port);
		thief.cookies.put(session.get(0), before.getOrDefault(session.get(0), "aucun"));
		assertThat(thief.get("/admin").statusCode()).as("the session id from before the sign-in").isEqualTo(302);
		assertThat(problems(staff.setCookies, false)).isEmpty();
	}

	@Test
	void aVisitorOfTheContactFormGetsOnlyAnHttpOnlyCsrfCookie() {
		WebClient visitor = new WebClient(this.port);
		visitor.get("/contact");
		visitor.get("/");
		visitor.get("/page-qui-n-existe-pas");
		assertThat(visitor.cookies.keySet()).containsExactly(CSRF_COOKIE);
		assertThat(problems(visitor.setCookies, false)).isEmpty();
	}

	@Test
	void overHttpsEveryCookieIsSecure() {
		WebClient staff = new WebClient(this.port);
		staff.always.put("X-Forwarded-Proto", "https");
		staff.get("/admin");
		staff.get("/contact");
		staff.signIn(this.fixtures.login(StaffRole.EDITOR), Fixtures.PASSWORD);
		assertThat(staff.get("/admin").statusCode()).isEqualTo(200);
		staff.post("/logout", "_csrf=" + WebClient.encode(staff.csrfToken("/login")));
		assertThat(cookies(staff.setCookies).keySet()).as("cookies set over HTTPS").contains(CSRF_COOKIE).hasSizeGreaterThan(1);
		assertThat(problems(staff.setCookies, true)).isEmpty();
	}

}
