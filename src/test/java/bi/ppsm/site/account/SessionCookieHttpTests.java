package bi.ppsm.site.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: no session before sign-in (the page asked for waits in a cookie); the session
 * cookie set at sign-in is HttpOnly and Secure, and a session id sent before it is never kept.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionCookieHttpTests {

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void signInOpensASecureHttpOnlySessionAndNothingBefore() throws Exception {
		StaffAccount account = this.accounts.save(new StaffAccount("session" + System.nanoTime() + "@test.bi",
				"Session", StaffRole.EDITOR, this.encoder.encode("une phrase de passe solide")));
		try {
			// asking for an admin page opens no session: the page to return to waits in a cookie
			HttpResponse<String> admin = this.http.send(HttpRequest.newBuilder(uri("/admin")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(admin.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
			String saved = cookie(admin, "REDIRECT_URI=");
			assertThat(saved).contains("HttpOnly", "SameSite=Lax");
			// a session id planted before the sign-in (session fixation) must not be kept
			String before = "c2Vzc2lvbi1pbXBvc2Vl";
			HttpResponse<String> page = this.http.send(
					HttpRequest.newBuilder(uri("/login")).header("Cookie", "SESSION=" + before).build(),
					HttpResponse.BodyHandlers.ofString());
			String csrfCookie = cookie(page, "XSRF-TOKEN=");
			assertThat(csrfCookie).contains("HttpOnly");
			String csrf = find(Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\""), page.body());
			String form = "username=" + encode(account.getEmail()) + "&password=" + encode("une phrase de passe solide")
					+ "&_csrf=" + encode(csrf);
			HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", "SESSION=" + before + "; " + csrfCookie.substring(0, csrfCookie.indexOf(';')) + "; "
						+ saved.substring(0, saved.indexOf(';')))
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location").orElseThrow()).matches(".*/admin(\\?continue)?$");
			String session = cookie(login, "SESSION=");
			assertThat(session).contains("HttpOnly", "Secure");
			assertThat(find(SESSION, session)).isNotEqualTo(before);
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

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
