package bi.ppsm.site.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.security.Forms.Form;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over the real server: every POST of the site (the inventory of {@link Forms}, the sign-in and
 * the sign-out included) sent by a signed-in administrator, and the public ones by a visitor,
 * without a CSRF token, with a forged one, and with the token of another visitor. Each is
 * refused with the French 403 page, and the database is left as it was.
 */
class CsrfIT extends RealServerSuite {

	@Test
	void everyPostWithoutAValidTokenIsRefusedAndWritesNothing() {
		HttpVisitor administrator = signedIn(StaffRole.ADMINISTRATOR);
		String othersToken = visitor().csrfToken("/contact");
		var before = DatabaseFingerprint.of(this.jdbc);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Form form : Forms.ALL) {
			String url = this.fixtures.url(form.pattern());
			String body = "text=intrus&name=intrus&email=intrus%40exemple.bi&message=Un+message+sans+jeton&subject=SUPPORT";
			for (String token : new String[] { "", "&_csrf=jeton-contrefait", "&_csrf=" + HttpVisitor.encode(othersToken) }) {
				List<HttpVisitor> senders = new ArrayList<>(List.of(administrator));
				if (form.role() == null) {
					senders.add(visitor());
				}
				for (HttpVisitor sender : senders) {
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
		HttpVisitor visitor = visitor();
		visitor.get("/login");
		HttpResponse<String> login = visitor.post("/login", "username="
				+ HttpVisitor.encode(this.fixtures.login(StaffRole.EDITOR)) + "&password=" + HttpVisitor.encode(Fixtures.PASSWORD));
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
