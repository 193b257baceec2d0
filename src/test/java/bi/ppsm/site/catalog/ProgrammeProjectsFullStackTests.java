package bi.ppsm.site.catalog;

import java.nio.charset.StandardCharsets;
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

/**
 * A programme's page at scale (issue 19), on the whole application and the real PostgreSQL: it
 * shows its first {@link Catalog#PROJECTS_SHOWN} projects and their results, a link to the list
 * of all its projects, and totals summed over all of them; the list shows every project, page by
 * page. Pages are read with a query string the page cache never stores.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeProjectsFullStackTests {

	static final int PROJECTS = Catalog.PROJECTS_SHOWN + 2;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aProgrammeWithMoreProjectsThanItsPageShows() {
		cleanUp();
		long programme = this.jdbc.queryForObject("""
				insert into programme (slug, name, summary, position, published)
				values ('essai-echelle', 'Programme à grande échelle', 'Un programme de test.', 900, true) returning id""",
				Long.class);
		for (int i = 1; i <= PROJECTS; i++) {
			long project = this.jdbc.queryForObject("""
					insert into project (programme_id, slug, name, status, published, position)
					values (?, ?, ?, 'ONGOING', true, ?) returning id""", Long.class, programme,
					"essai-echelle-" + i, "Projet à l'échelle n° " + i, i);
			this.jdbc.update("insert into budget_line (project_id, kind, amount, currency) values (?, 'TOTAL', 1000, 'USD')",
					project);
			this.jdbc.update("""
					insert into key_result (programme_id, project_id, statement, achieved_value, expected_value, unit, position)
					values (?, ?, ?, 10, 20, 'personnes', 1)""", programme, project, "Résultat du projet " + i);
		}
		// a draft is in no list and in no total
		long draft = this.jdbc.queryForObject("""
				insert into project (programme_id, slug, name, status, published, position)
				values (?, 'essai-echelle-brouillon', 'Brouillon à l''échelle', 'ONGOING', false, 0) returning id""",
				Long.class, programme);
		this.jdbc.update("insert into budget_line (project_id, kind, amount, currency) values (?, 'TOTAL', 999999, 'USD')",
				draft);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from key_result where programme_id in (select id from programme where slug = 'essai-echelle')");
		this.jdbc.update("delete from project where slug like 'essai-echelle-%'");
		this.jdbc.update("delete from programme where slug = 'essai-echelle'");
	}

	@Test
	void theProgrammePageShowsItsFirstProjectsALinkToAllAndTotalsOverAll() {
		Document page = page("/programmes/essai-echelle?vue=1");
		assertThat(page.select("ul.project-list > li.card h3 a").eachText()).hasSize(Catalog.PROJECTS_SHOWN)
			.startsWith("Projet à l'échelle n° 1", "Projet à l'échelle n° 2");
		assertThat(page.select("a[href=/programmes/essai-echelle/projets]").eachText())
			.containsExactly("Voir les " + PROJECTS + " projets du programme",
					"Les résultats des 2 autres projets sont sur leur page (liste des projets du programme)");
		assertThat(page.select(".result-group")).hasSize(Catalog.PROJECTS_SHOWN);
		assertThat(page.text()).doesNotContain("Brouillon à l'échelle", "Projet à l'échelle n° 13");
		// the totals count every project and result, not only those shown (and never the draft)
		assertThat(page.select("li.amount").text().replaceAll("[\\u00a0\\u202f ]", "")).contains("14000")
			.doesNotContain("999");
		assertThat(page.text()).contains("sur " + PROJECTS + " résultats");
	}

	@Test
	void theListOfAProgrammesProjectsShowsThemAllPageByPage() {
		Document list = page("/programmes/essai-echelle/projets?vue=1");
		assertThat(list.select("h1").text()).isEqualTo("Projets du programme Programme à grande échelle");
		List<String> names = list.select("ul.project-list > li.card h3 a").eachText();
		assertThat(names).hasSize(PROJECTS).contains("Projet à l'échelle n° 13", "Projet à l'échelle n° 14")
			.doesNotContain("Brouillon à l'échelle");
		assertThat(list.select("nav.pager")).isEmpty();
		// a page beyond the last shows the last one; a page that is not a number the first
		assertThat(page("/programmes/essai-echelle/projets?page=9").select("ul.project-list > li.card")).hasSize(PROJECTS);
		assertThat(page("/programmes/essai-echelle/projets?page=x").select("ul.project-list > li.card")).hasSize(PROJECTS);
	}

	@Test
	void aProgrammeVisitorsMayNotSeeHasNoListOfProjects() {
		this.jdbc.update("update programme set published = false where slug = 'essai-echelle'");
		assertThat(this.mvc.get().uri("/programmes/essai-echelle/projets")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/programmes/inconnu/projets")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aProgrammeWithFewProjectsHasNoLinkToTheList() {
		this.jdbc.update("delete from project where slug like 'essai-echelle-%' and position > 3");
		Document page = page("/programmes/essai-echelle?vue=2");
		assertThat(page.select("ul.project-list > li.card")).hasSize(3);
		assertThat(page.select("a[href=/programmes/essai-echelle/projets]")).isEmpty();
	}

	private Document page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
