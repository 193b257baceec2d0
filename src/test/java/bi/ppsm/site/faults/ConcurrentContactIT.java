package bi.ppsm.site.faults;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import bi.ppsm.site.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of people write at the same moment, through the real server, each as a browser
 * would: open the form, take a few seconds, send it. Every visitor gets the thank-you page or
 * a clear French error with their text kept; every accepted message is stored exactly once
 * and acknowledged once; the whole run is bounded in time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConcurrentContactIT {

	static final int WRITERS = 300;

	static final int AT_ONCE = 100;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final String marker = "simultane-" + System.nanoTime();

	@AfterEach
	void deleteTheMessages() {
		this.jdbc.update("delete from contact_message where body like ?", "%" + this.marker + "%");
		this.jdbc.update("delete from outbox_mail where recipient like ?", "%" + this.marker + "%");
	}

	record Outcome(int writer, int status, String location, String body, String message) {

		boolean thanked() {
			return this.status == 302 && this.location != null && this.location.endsWith("/contact/merci");
		}

		boolean clearErrorWithTextKept() {
			return this.status == 503 && this.body.contains("lang=\"fr\"") && this.body.contains(this.message)
					&& this.body.contains("role=\"alert\"");
		}

	}

	@Test
	void everyWriterIsThankedOrToldAndEveryAcceptedMessageIsStoredOnce() throws Exception {
		URI site = URI.create("http://localhost:" + this.port);
		List<HttpVisitor> writers = new ArrayList<>();
		List<Map<String, String>> forms = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		try {
			List<Future<Map<String, String>>> opened = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				HttpVisitor writer = new HttpVisitor(site).from("10.99." + (i / 250) + "." + (i % 250));
				writers.add(writer);
				opened.add(pool.submit(() -> writer.form("/contact", "form.contact-form")));
			}
			for (Future<Map<String, String>> form : opened) {
				forms.add(form.get(60, TimeUnit.SECONDS));
			}
			// people take longer than the time trap's minimum (3 s) to write
			Thread.sleep(3_100);

			List<Future<Outcome>> sent = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				int writer = i;
				Map<String, String> form = forms.get(i);
				String message = "Message " + writer + " " + this.marker + " : j'ai besoin d'aide.";
				form.put("name", "Personne " + writer);
				form.put("email", "ecrivain" + writer + "-" + this.marker + "@exemple.bi");
				form.put("subject", "SUPPORT");
				form.put("message", message);
				sent.add(pool.submit(() -> {
					HttpResponse<String> response = writers.get(writer).post("/contact", form);
					return new Outcome(writer, response.statusCode(),
							response.headers().firstValue("Location").orElse(null), response.body(),
							message.replace("'", "&#39;"));
				}));
			}
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> outcome : sent) {
				outcomes.add(outcome.get(120, TimeUnit.SECONDS));
			}

			assertThat(outcomes).allSatisfy(o -> assertThat(o.thanked() || o.clearErrorWithTextKept())
				.as("writer %d got %d %s", o.writer(), o.status(), o.location())
				.isTrue());
			long thanked = outcomes.stream().filter(Outcome::thanked).count();
			assertThat(thanked).as("messages accepted while the database is up").isEqualTo(WRITERS);

			List<Map<String, Object>> perWriter = this.jdbc.queryForList("""
					select email, count(*) as copies, min(status) as status from contact_message
					where body like ? group by email""", "%" + this.marker + "%");
			assertThat(perWriter).hasSize(WRITERS)
				.allSatisfy(row -> assertThat(row).containsEntry("copies", 1L).containsEntry("status", "NEW"));
			assertThat(this.jdbc.queryForObject("""
					select count(*) from outbox_mail where kind = 'ACKNOWLEDGEMENT' and recipient like ?""",
					Long.class, "%" + this.marker + "%")).isEqualTo(WRITERS);
		}
		finally {
			pool.shutdownNow();
			assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("no submission left hanging").isTrue();
		}
	}

}
