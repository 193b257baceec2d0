package bi.ppsm.site.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

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
import bi.ppsm.site.security.Forms.Form;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over the real server: every POST of the site (the inventory of {@link Forms}, the sign-in and
 * the sign-out included) sent by a signed-in administrator, and the public ones by a visitor,
 * without a CSRF token, with a forged one, and with the token of another visitor. Each is
 * refused with the French 403 page, and the database is left as it was.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfTests {

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
		for (StaffRole role : StaffRole.values()) {
			this.throttle.reset(this.fixtures.login(role), "127.0.0.1");
		}
		this.fixtures.close();
	}

	WebClient administrator() {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn(this.fixtures.login(StaffRole.ADMINISTRATOR), Fixtures.PASSWORD).headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
		return client;
	}

	@Test
	void everyPostWithoutAValidTokenIsRefusedAndWritesNothing() {
		WebClient administrator = administrator();
		String othersToken = new WebClient(this.port).csrfToken("/contact");
		var before = DatabaseFingerprint.of(this.jdbc);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Form form : Forms.ALL) {
			String url = this.fixtures.url(form.pattern());
			String body = "text=intrus&name=intrus&email=intrus%40exemple.bi&message=Un+message+sans+jeton&subject=SUPPORT";
			for (String token : new String[] { "", "&_csrf=jeton-contrefait", "&_csrf=" + WebClient.encode(othersToken) }) {
				List<WebClient> senders = new ArrayList<>(List.of(administrator));
				if (form.role() == null) {
					senders.add(new WebClient(this.port));
				}
				for (WebClient sender : senders) {
					sent++;
					check(failures, form + " with token [" + token + "]", sender.post(url, body + token));
				}
			}
			sent++;
			check(failures, form + " with a forged header",
					administrator.post(url, body, "X-XSRF-TOKEN", "jeton-contrefait"));
		}
		assertThat(failures).as("POSTs without a valid CSRF token").isEmpty();
		assertThat(sent).isGreaterThan(Forms.ALL.size() * 4);
		assertThat(DatabaseFingerprint.of(this.jdbc)).as("database after POSTs without a token").isEqualTo(before);
		assertThat(administrator.get("/admin").statusCode()).as("the session survives a sign-out without token")
			.isEqualTo(200);
	}

	@Test
	void signingInWithoutATokenFailsEvenWithTheRightPassword() {
		WebClient visitor = new WebClient(this.port);
		visitor.get("/login");
		HttpResponse<String> login = visitor.post("/login", "username="
				+ WebClient.encode(this.fixtures.login(StaffRole.EDITOR)) + "&password=" + WebClient.encode(Fixtures.PASSWORD));
		List<String> failures = new ArrayList<>();
		check(failures, "POST /login without token", login);
		assertThat(failures).isEmpty();
		assertThat(visitor.get("/admin").statusCode()).as("still a visitor").isEqualTo(302);
	}

	private static void check(List<String> failures, String what, HttpResponse<String> response) {
		if (response.statusCode() != 403) {
			failures.add(what + ": status " + response.statusCode());
			return;
		}
		String body = response.body();
		if (!body.contains("<html lang=\"fr\"") || !body.contains("Accès refusé")) {
			failures.add(what + ": not the French 403 page");
		}
		Payloads.problemsIn(body).forEach(p -> failures.add(what + ": " + p));
	}

}
