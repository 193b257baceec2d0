package bi.ppsm.site.contact;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import bi.ppsm.site.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, through every filter: the contact page served from its kept shell is the page
 * the template renders, with fresh tokens for each visitor that the form accepts, the same
 * headers, its own language, and the site's latest settings.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "ppsm.contact.min-seconds=0")
class ContactPageShellTests {

	private static final List<String> SAME_HEADERS = List.of("Content-Type", "Content-Language", "Cache-Control",
			"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
			"Permissions-Policy");

	@LocalServerPort
	int port;

	@Autowired
	ContactPageShell shells;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void laterViewsAreTheRenderedPageWithFreshTokensAndTheSameHeaders() {
		HttpResponse<String> first = new HttpVisitor(this.port).get("/contact");
		HttpResponse<String> second = new HttpVisitor(this.port).get("/contact");
		HttpResponse<String> third = new HttpVisitor(this.port).get("/contact");
		assertThat(List.of(first, second, third)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
		assertThat(this.shells.kept()).isPositive();
		// each visitor gets a CSRF cookie and tokens of their own
		assertThat(List.of(first, second, third)).allSatisfy(r -> assertThat(r.headers().allValues("Set-Cookie"))
			.anyMatch(c -> c.startsWith("XSRF-TOKEN=")));
		assertThat(List.of(csrf(first), csrf(second), csrf(third))).doesNotHaveDuplicates();
		assertThat(List.of(trap(first), trap(second), trap(third))).doesNotHaveDuplicates()
			.allMatch(t -> t.matches("\\d+\\.[A-Za-z0-9_-]+"));
		// and otherwise the very same page and headers
		assertThat(withoutTokens(second)).isEqualTo(withoutTokens(first)).isEqualTo(withoutTokens(third));
		for (String header : SAME_HEADERS) {
			assertThat(second.headers().allValues(header)).as(header)
				.isNotEmpty()
				.isEqualTo(first.headers().allValues(header));
		}
		assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void aFormFromTheKeptShellIsAccepted() {
		String marker = "coquille-" + System.nanoTime();
		new HttpVisitor(this.port).get("/contact");
		HttpVisitor writer = new HttpVisitor(this.port).from("10.77.1." + (System.nanoTime() % 200));
		Map<String, String> form = writer.form("/contact", "form.contact-form");
		form.put("name", "Visiteur");
		form.put("email", marker + "@exemple.bi");
		form.put("subject", "SUPPORT");
		form.put("message", "Un message envoyé depuis la page gardée " + marker);
		try {
			HttpResponse<String> sent = writer.post("/contact", form);
			assertThat(sent.statusCode()).isEqualTo(302);
			assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/contact/merci");
			assertThat(this.jdbc.queryForObject("select count(*) from contact_message where email = ? and status <> 'SPAM'",
					Integer.class, marker + "@exemple.bi"))
				.isEqualTo(1);
		}
		finally {
			this.jdbc.update("delete from outbox_mail where message_id in (select id from contact_message where email = ?)",
					marker + "@exemple.bi");
			this.jdbc.update("delete from contact_message where email = ?", marker + "@exemple.bi");
		}
	}

	@Test
	void eachLanguageHasItsOwnPage() {
		new HttpVisitor(this.port).get("/en/contact");
		HttpResponse<String> english = new HttpVisitor(this.port).get("/en/contact");
		new HttpVisitor(this.port).get("/contact");
		HttpResponse<String> french = new HttpVisitor(this.port).get("/contact");
		assertThat(Jsoup.parse(english.body()).selectFirst("h1").text()).isEqualTo("Contact us");
		assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
		assertThat(Jsoup.parse(french.body()).selectFirst("h1").text()).isEqualTo("Contactez-nous");
		assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
	}

	@Test
	void aChangeOfTheSettingsIsOnTheNextView() throws InterruptedException {
		String before = this.jdbc.queryForObject("select phone from site_settings", String.class);
		String phone = "+257 22 " + (System.nanoTime() % 90 + 10) + " 00 00";
		new HttpVisitor(this.port).get("/contact");
		new HttpVisitor(this.port).get("/contact");
		try {
			this.jdbc.update("update site_settings set phone = ?", phone);
			// the change is heard through PostgreSQL's notification, a moment after the commit
			String body = "";
			for (int i = 0; i < 100 && !body.contains(phone); i++) {
				Thread.sleep(100);
				body = new HttpVisitor(this.port).get("/contact").body();
			}
			assertThat(body).contains(phone);
		}
		finally {
			this.jdbc.update("update site_settings set phone = ?", before);
		}
	}

	@Test
	void aPageRenderedAsItIsWrittenStillSetsItsTokenCookie() {
		// an address with a query is rendered, not served from the shell, and written as it renders
		// (no ETag buffer): the token its form reads must have its cookie sent all the same
		HttpVisitor visitor = new HttpVisitor(this.port).from("10.77.2." + (System.nanoTime() % 200));
		HttpResponse<String> page = visitor.get("/contact?depuis=accueil");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
	}

	private static String csrf(HttpResponse<String> page) {
		return form(page).selectFirst("input[name=_csrf]").attr("value");
	}

	private static String trap(HttpResponse<String> page) {
		return form(page).selectFirst("input[name=token]").attr("value");
	}

	private static Document form(HttpResponse<String> page) {
		return Jsoup.parse(page.body());
	}

	private static String withoutTokens(HttpResponse<String> page) {
		return page.body().replace(csrf(page), "CSRF").replace(trap(page), "TRAP");
	}

}
