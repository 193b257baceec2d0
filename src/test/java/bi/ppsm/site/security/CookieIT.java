package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code Set-Cookie} headers of the server. The session cookie is found by what it
 * does, not by its name (JSESSIONID today, SESSION with Spring Session): it is the cookie,
 * other than the CSRF one, that the sign-in sets anew. Every cookie is HttpOnly and SameSite;
 * over HTTPS every cookie is Secure, and the session cookie always is.
 */
class CookieIT extends RealServerSuite {

	static final String CSRF_COOKIE = "XSRF-TOKEN";

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
		HttpVisitor staff = visitor();
		assertThat(staff.get("/admin").statusCode()).isEqualTo(302);
		Map<String, String> before = new HashMap<>(staff.cookies());
		int seen = staff.setCookies().size();
		staff.signIn(this.fixtures.login(StaffRole.EDITOR), Fixtures.PASSWORD);
		List<String> atSignIn = staff.setCookies().subList(seen, staff.setCookies().size());
		List<String> session = atSignIn.stream()
			.map(h -> h.substring(0, h.indexOf('=')))
			.filter(name -> !name.equals(CSRF_COOKIE) && staff.cookies().containsKey(name)
					&& !staff.cookies().get(name).equals(before.get(name)))
			.distinct()
			.toList();
		assertThat(session).as("cookies other than %s set anew at sign-in: %s", CSRF_COOKIE, atSignIn).hasSize(1);
		String header = cookies(atSignIn).get(session.get(0));
		assertThat(header).as("session cookie").contains("; httponly", "; secure").containsAnyOf("; samesite=lax",
				"; samesite=strict");
		assertThat(staff.get("/admin").statusCode()).as("the new session is signed in").isEqualTo(200);
		HttpVisitor thief = visitor();
		thief.cookies().put(session.get(0), before.getOrDefault(session.get(0), "aucun"));
		assertThat(thief.get("/admin").statusCode()).as("the session id from before the sign-in").isEqualTo(302);
		assertThat(problems(staff.setCookies(), false)).isEmpty();
	}

	@Test
	void aVisitorOfTheContactFormGetsOnlyAnHttpOnlyCsrfCookie() {
		HttpVisitor visitor = visitor();
		visitor.get("/contact");
		visitor.get("/");
		visitor.get("/page-qui-n-existe-pas");
		assertThat(visitor.cookies().keySet()).as("cookies set: %s", visitor.setCookies()).containsExactly(CSRF_COOKIE);
		assertThat(problems(visitor.setCookies(), false)).isEmpty();
	}

	@Test
	void overHttpsEveryCookieIsSecure() {
		HttpVisitor staff = visitor();
		staff.always("X-Forwarded-Proto", "https");
		staff.get("/admin");
		staff.get("/contact");
		staff.signIn(this.fixtures.login(StaffRole.EDITOR), Fixtures.PASSWORD);
		assertThat(staff.get("/admin").statusCode()).isEqualTo(200);
		staff.post("/logout", "_csrf=" + HttpVisitor.encode(staff.csrfToken("/login")));
		assertThat(cookies(staff.setCookies()).keySet()).as("cookies set over HTTPS").contains(CSRF_COOKIE).hasSizeGreaterThan(1);
		assertThat(problems(staff.setCookies(), true)).isEmpty();
	}

}
