package bi.ppsm.site.account;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: no session before sign-in (the page asked for waits in a cookie); the session
 * cookie set at sign-in is HttpOnly and Secure, and a session id sent before it is never kept.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionCookieHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void signInOpensASecureHttpOnlySessionAndNothingBefore() {
		StaffAccount account = this.accounts.save(new StaffAccount("session" + System.nanoTime() + "@test.bi",
				"Session", StaffRole.EDITOR, this.encoder.encode("une phrase de passe solide")));
		try {
			HttpVisitor browser = new HttpVisitor(this.port);
			// asking for an admin page opens no session: the page to return to waits in a cookie
			HttpResponse<String> admin = browser.get("/admin");
			assertThat(admin.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
			assertThat(cookie(admin, "REDIRECT_URI=")).contains("HttpOnly", "SameSite=Lax");
			// a session id planted before the sign-in (session fixation) must not be kept
			String before = "c2Vzc2lvbi1pbXBvc2Vl";
			browser.cookies().put("SESSION", before);
			HttpResponse<String> login = browser.signIn(account.getEmail(), "une phrase de passe solide");
			assertThat(browser.setCookies()).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
				.isNotEmpty()
				.allSatisfy(c -> assertThat(c).contains("HttpOnly"));
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location").orElseThrow()).matches(".*/admin(\\?continue)?$");
			String session = cookie(login, "SESSION=");
			assertThat(session).contains("HttpOnly", "Secure");
			assertThat(browser.cookies().get("SESSION")).isNotEqualTo(before);
		}
		finally {
			this.accounts.deleteById(account.getId());
		}
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
	}

}
