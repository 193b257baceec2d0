package bi.ppsm.site.contact;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The inbox's pager on the whole application and the real PostgreSQL (issue 19): the messages of
 * a status are counted up to {@link MessageAdminController#MAX_COUNTED} only, beyond which the
 * pager says "plus de 10 000 messages" and still leads to the next page; under it, "Page 1 sur N".
 * Rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class InboxCountCapTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anArchiveLargerThanTheCapIsPagedWithoutCountingItAll() {
		insert("ARCHIVED", MessageAdminController.MAX_COUNTED + 30);
		Document first = inbox("?statut=ARCHIVED");
		assertThat(first.select("table tbody tr")).hasSize(25);
		assertThat(pager(first)).contains("Page 1 · plus de 10 000 messages", "Page suivante")
			.doesNotContain("Page précédente");
		int all = this.jdbc.queryForObject("select count(*) from contact_message where status = 'ARCHIVED'",
				Integer.class);
		int last = (all - 1) / 25;
		Document far = inbox("?statut=ARCHIVED&page=" + last);
		assertThat(far.select("table tbody tr")).hasSize(all - last * 25);
		assertThat(pager(far)).contains("Page " + (last + 1) + " · plus de 10 000 messages", "Page précédente")
			.doesNotContain("Page suivante");
	}

	@Test
	void underTheCapThePagerGivesThePageCount() {
		insert("IN_PROGRESS", 60);
		Document second = inbox("?statut=IN_PROGRESS&page=1");
		assertThat(second.select("table tbody tr")).hasSize(25);
		int all = this.jdbc.queryForObject("select count(*) from contact_message where status = 'IN_PROGRESS'",
				Integer.class);
		assertThat(second.select("nav.pager").text()).contains("Page 2 sur " + ((all + 24) / 25), "Page précédente");
	}

	private void insert(String status, int count) {
		this.jdbc.update("""
				insert into contact_message (sender_name, email, subject, body, language, status, created_at, updated_at)
				select 'Personne ' || i, 'plafond' || i || '@exemple.bi', 'SUPPORT', 'Bonjour', 'fr', ?,
				       now() - i * interval '1 minute', now()
				from generate_series(1, ?) i""", status, count);
	}

	/** The pager's text, its narrow spaces (between thousands) as plain ones. */
	private static String pager(Document page) {
		return page.select("nav.pager").text().replaceAll("[\u00a0\u202f]", " ");
	}

	private Document inbox(String query) {
		MvcTestResult result = this.mvc.get().uri("/admin/messages" + query)
			.with(user("admin@test").roles("ADMINISTRATOR"))
			.exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
