package bi.ppsm.site.admin;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The programme and account lists of the back office paged by 25 and searchable (issue 19), on
 * the whole application and the real PostgreSQL: the programmes stay in their hand-made order
 * and the up and down buttons still move one across a page boundary, coming back to the page
 * that now holds it; accounts are found by a part of their name or e-mail, whatever its case.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminListsFullStackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void records() {
		cleanUp();
		for (int i = 10; i < 40; i++) {
			this.jdbc.update("""
					insert into programme (slug, name, summary, published, position) values (?, ?, 'Résumé', false, ?)""",
					"liste-programme-" + i, "Programme de liste " + i, 100 + i);
			this.jdbc.update("""
					insert into staff_account (email, display_name, role, password_hash) values (?, ?, 'EDITOR', '{noop}x')""",
					"liste-compte-" + i + "@ppsm.test", "Compte De Liste " + i);
		}
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from programme where slug like 'liste-programme-%'");
		this.jdbc.update("delete from staff_account where email like 'liste-compte-%@ppsm.test'");
		this.jdbc.update("delete from audit_entry where entity_type = 'programme' and entity_label like 'Programme de liste %'");
	}

	@Test
	void programmesArePagedByTwentyFiveInTheirOrder() {
		long seeded = this.jdbc.queryForObject("select count(*) from programme", Long.class) - 30;
		List<String> first = names(page("/admin/programmes"));
		List<String> second = names(page("/admin/programmes", "page", "1"));
		assertThat(first).hasSize(25);
		assertThat(first.get(24)).isEqualTo("Programme de liste " + (10 + 24 - seeded));
		assertThat(second).startsWith("Programme de liste " + (10 + 25 - seeded)).endsWith("Programme de liste 39");
		assertThat(first.size() + second.size()).isEqualTo(30 + seeded);
		assertThat(page("/admin/programmes", "page", "1").select("nav.pager").text()).contains("Page 2 sur 2");
	}

	@Test
	void theMoveButtonsWorkAcrossPagesAndComeBackToThePageOfTheProgramme() {
		List<String> order = this.jdbc.queryForList("select name from programme order by position, id", String.class);
		String firstOfPageTwo = order.get(25);
		long id = this.jdbc.queryForObject("select id from programme where name = ?", Long.class, firstOfPageTwo);
		assertThat(post("/admin/programmes/" + id + "/monter")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/programmes");
		assertThat(names(page("/admin/programmes")).get(24)).isEqualTo(firstOfPageTwo);
		assertThat(post("/admin/programmes/" + id + "/descendre")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/programmes?page=1");
		assertThat(names(page("/admin/programmes", "page", "1")).get(0)).isEqualTo(firstOfPageTwo);
		assertThat(this.jdbc.queryForList("select name from programme order by position, id", String.class))
			.isEqualTo(order);
	}

	@Test
	void programmesAreSearchedByNameAndTheSearchIsKeptFromPageToPage() {
		Document first = page("/admin/programmes", "q", "DE LISTE");
		assertThat(names(first)).hasSize(25).allMatch(n -> n.startsWith("Programme de liste "));
		assertThat(first.select("nav.pager a").attr("href")).isEqualTo("/admin/programmes?q=DE%20LISTE&page=1");
		assertThat(first.select(".move button")).isEmpty();
		assertThat(names(page("/admin/programmes", "q", "DE LISTE", "page", "1"))).hasSize(5);
		assertThat(names(page("/admin/programmes", "q", "liste 15"))).containsExactly("Programme de liste 15");
		// wildcards typed are searched as text
		assertThat(page("/admin/programmes", "q", "%").select("p").text()).contains("Rien pour l’instant.");
	}

	@Test
	void accountsArePagedByNameAndFoundByNameOrEmail() {
		Document first = page("/admin/comptes", "q", "compte de liste");
		assertThat(first.select("tbody tr")).hasSize(25);
		assertThat(first.select("nav.pager").text()).contains("Page 1 sur 2");
		assertThat(page("/admin/comptes", "q", "compte de liste", "page", "1").select("tbody tr")).hasSize(5);
		assertThat(page("/admin/comptes", "q", "LISTE-COMPTE-2").select("tbody td[data-label]").eachText())
			.filteredOn(t -> t.contains("@"))
			.hasSize(10)
			.allMatch(t -> t.startsWith("liste-compte-2"));
		long all = this.jdbc.queryForObject("select count(*) from staff_account", Long.class);
		assertThat(page("/admin/comptes").select("nav.pager").text())
			.contains("Page 1 sur " + ((all + 24) / 25));
	}

	/** The page at {@code uri} with the parameters given as names and values. */
	private Document page(String uri, String... parameters) {
		var request = this.mvc.get().uri(uri).with(user("admin@test").roles("ADMINISTRATOR"));
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).as(uri).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult post(String uri) {
		return this.mvc.post().uri(uri).with(user("admin@test").roles("ADMINISTRATOR")).with(csrf()).exchange();
	}

	private static List<String> names(Document page) {
		return page.select("tbody tr td:nth-child(2) a").eachText();
	}

}
