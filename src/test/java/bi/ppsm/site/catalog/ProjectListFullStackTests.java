package bi.ppsm.site.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.cache.PageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public project list filtered, counted and paged in SQL (issue 19), on the whole
 * application and the real PostgreSQL: each filter alone and combined, a member's parent
 * organisation as donor, a province finding its communes and the projects "in all provinces",
 * drafts never listed nor offered as a choice, pages of 24 and a page past the end showing the
 * last. Pages are read with a parameter the page cache never stores, except where its
 * recognition is checked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectListFullStackTests {

	static final AtomicInteger VISIT = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void projects() {
		cleanUp();
		organisation("liste-parent", "AAA Parent de liste", null);
		organisation("liste-membre", "AAA Membre de liste", "liste-parent");
		organisation("liste-autre", "AAA Autre de liste", null);
		organisation("liste-seul", "AAA Seul en brouillon", null);
		project("liste-a", "FINISHED", true, "liste-membre", "commune-mukaza", 201);
		project("liste-b", "ONGOING", true, "liste-parent", "toutes-les-provinces", 202);
		project("liste-c", "ONGOING", true, "liste-autre", "gitega-2025", 203);
		project("liste-d", "ONGOING", false, "liste-seul", "gitega-2025", 204);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from project where slug like 'liste-%'");
		this.jdbc.update("delete from organisation where slug like 'liste-%' and parent_id is not null");
		this.jdbc.update("delete from organisation where slug like 'liste-%'");
	}

	@Test
	void aStatusKeepsOnlyItsProjects() {
		assertThat(listed("statut=FINISHED")).contains("liste-a").doesNotContain("liste-b", "liste-c", "liste-d");
		assertThat(listed("statut=ONGOING")).contains("liste-b", "liste-c").doesNotContain("liste-a", "liste-d");
	}

	@Test
	void aDonorFindsTheProjectsOfItsMembersAndAMemberIsOfferedAsItsParent() {
		assertThat(listed("bailleur=liste-parent")).containsExactly("liste-a", "liste-b");
		assertThat(listed("bailleur=liste-autre")).containsExactly("liste-c");
		Document page = page("/projets?v=" + VISIT.incrementAndGet());
		assertThat(page.select("select#bailleur option").eachAttr("value")).contains("liste-parent", "liste-autre")
			.doesNotContain("liste-membre", "liste-seul");
		// the choices stay sorted by label, as before
		List<String> labels = page.select("select#bailleur option:not([value=''])").eachText();
		assertThat(labels).isSortedAccordingTo(String::compareTo);
		// a member is not a choice: its slug is ignored like any unknown value
		assertThat(listed("bailleur=liste-membre")).contains("liste-a", "liste-b", "liste-c");
	}

	@Test
	void aProvinceFindsItsCommunesAndTheProjectsInAllProvinces() {
		assertThat(listed("zone=bujumbura-2025")).contains("liste-a", "liste-b").doesNotContain("liste-c");
		assertThat(listed("zone=gitega-2025")).contains("liste-b", "liste-c").doesNotContain("liste-a", "liste-d");
		// a commune is not a province: only the projects in it
		assertThat(listed("zone=commune-mukaza")).containsExactly("liste-a");
		assertThat(listed("zone=toutes-les-provinces")).contains("liste-b").doesNotContain("liste-a", "liste-c");
		// provinces are always offered; other zones only with a visible project in them
		assertThat(page("/projets?v=" + VISIT.incrementAndGet()).select("select#zone option").eachAttr("value"))
			.contains("bujumbura-2025", "gitega-2025", "commune-mukaza", "toutes-les-provinces");
		this.jdbc.update("update project set published = false where slug = 'liste-a'");
		assertThat(page("/projets?v=" + VISIT.incrementAndGet()).select("select#zone option").eachAttr("value"))
			.contains("bujumbura-2025")
			.doesNotContain("commune-mukaza");
	}

	@Test
	void filtersCombineAndKeepTheCounts() {
		assertThat(listed("statut=ONGOING&bailleur=liste-parent&zone=bujumbura-2025")).containsExactly("liste-b");
		long visible = this.jdbc.queryForObject("""
				select count(*) from project p join programme g on g.id = p.programme_id
				where p.published and g.published""", Long.class);
		assertThat(page("/projets?bailleur=liste-parent&v=" + VISIT.incrementAndGet()).select("p.count").text())
			.isEqualTo("2 projet(s) sur " + visible);
	}

	@Test
	void pagesOfTwentyFourInTheProgrammesOrderAndAPagePastTheEndShowsTheLast() {
		for (int i = 10; i < 36; i++) {
			project("liste-page-" + i, "ONGOING", true, "liste-autre", "gitega-2025", 300 + i);
		}
		Document first = page("/projets?bailleur=liste-autre&v=" + VISIT.incrementAndGet());
		assertThat(slugs(first)).hasSize(24).startsWith("liste-c", "liste-page-10").endsWith("liste-page-32");
		assertThat(first.select("nav.pager").text()).contains("Page 1 sur 2");
		assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/projets?bailleur=liste-autre&page=2");
		Document last = page("/projets?bailleur=liste-autre&page=7&v=" + VISIT.incrementAndGet());
		assertThat(slugs(last)).containsExactly("liste-page-33", "liste-page-34", "liste-page-35");
		assertThat(last.select("nav.pager").text()).contains("Page 2 sur 2");
		assertThat(slugs(page("/projets?bailleur=liste-autre&page=deux&v=" + VISIT.incrementAndGet())))
			.startsWith("liste-c");
	}

	@Test
	void onlyTheListsFiltersAndPagesAreRecognisedForThePageCache() {
		for (int i = 10; i < 36; i++) {
			project("liste-page-" + i, "ONGOING", true, "liste-autre", "gitega-2025", 300 + i);
		}
		assertThat(this.mvc.get().uri("/projets?bailleur=liste-autre&page=2")).request()
			.attributes()
			.containsEntry(PageCache.KNOWN_QUERY, Boolean.TRUE);
		assertThat(this.mvc.get().uri("/projets?bailleur=liste-autre&page=3")).request()
			.attributes()
			.doesNotContainKey(PageCache.KNOWN_QUERY);
		assertThat(this.mvc.get().uri("/projets?bailleur=liste-membre")).request()
			.attributes()
			.doesNotContainKey(PageCache.KNOWN_QUERY);
	}

	/** The slugs of this test's projects listed with the query, in the list's order. */
	private List<String> listed(String query) {
		return slugs(page("/projets?" + query + "&v=" + VISIT.incrementAndGet()));
	}

	private static List<String> slugs(Document page) {
		return page.select("ul.project-list h2 a")
			.eachAttr("href")
			.stream()
			.map(h -> h.substring("/projets/".length()))
			.filter(s -> s.startsWith("liste-"))
			.toList();
	}

	private Document page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void organisation(String slug, String name, String parent) {
		this.jdbc.update("insert into organisation (slug, name, parent_id) values (?, ?, (select id from organisation where slug = ?))",
				slug, name, parent);
	}

	private void project(String slug, String status, boolean published, String funder, String zone, int position) {
		long id = this.jdbc.queryForObject("""
				insert into project (programme_id, slug, name, status, published, position)
				values ((select id from programme where slug = 'rapatriement'), ?, ?, ?, ?, ?) returning id""", Long.class,
				slug, "Projet " + slug, status, published, position);
		this.jdbc.update("insert into project_zone (project_id, zone_id) select ?, id from zone where slug = ?", id, zone);
		this.jdbc.update("""
				insert into project_organisation (project_id, organisation_id, role, position)
				select ?, id, 'FUNDER', 1 from organisation where slug = ?""", id, funder);
	}

}
