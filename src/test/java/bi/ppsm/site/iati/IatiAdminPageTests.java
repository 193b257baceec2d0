package bi.ppsm.site.iati;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

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
import bi.ppsm.site.cache.QuietContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The IATI admin page on a site with more activities than a page (issue 19), on the whole
 * application and the real PostgreSQL, with committed changes heard through the content-change
 * notification: its summary is computed once per content change, its two lists are paged by 50
 * ({@code exportees}, {@code exclues}), a number that is not one gives the first page and one
 * past the end the last.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IatiAdminPageTests {

	static final int PROJECTS = 2 * IatiAdminController.PAGE_SIZE + 13;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache cache;

	@Autowired
	IatiSummaries summaries;

	@BeforeEach
	void manyProjectsLeftOut() throws Exception {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.cache.contentVersion() < 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.cache.contentVersion()).as("content changes are heard").isNotNegative();
		long before = this.cache.contentVersion();
		this.jdbc.update("update site_settings set iati_identifier = 'BI-NIF-4000123456'");
		// no sector: each is left out of the file
		this.jdbc.update("""
				insert into project (programme_id, slug, name, status, start_date, start_precision, position, published)
				select (select min(id) from programme), 'iati-page-' || i, 'Projet paginé ' || lpad(i::text, 3, '0'),
				       'ONGOING', date '2024-01-01', 'DAY', 1000 + i, true
				from generate_series(1, ?) i""", PROJECTS);
		awaitChangeFrom(before);
	}

	@AfterEach
	void cleanUp() throws Exception {
		long before = this.cache.contentVersion();
		this.jdbc.update("delete from project where slug like 'iati-page-%'");
		this.jdbc.update("update site_settings set iati_identifier = null");
		awaitChangeFrom(before);
	}

	@Test
	void theLeftOutListIsPagedByFiftyAndBadNumbersGiveTheFirstOrLastPage() {
		int leftOut = this.jdbc.queryForObject("select count(*) from programme", Integer.class)
				+ this.jdbc.queryForObject("select count(*) from project", Integer.class);
		Document first = page("");
		List<String> firstNames = pagedNames(first);
		assertThat(firstNames).hasSize(IatiAdminController.PAGE_SIZE);
		int pages = (first.select("#hors-du-fichier").text().isEmpty()) ? 0 : lastPage(first);
		assertThat(pages).isGreaterThanOrEqualTo(3);
		assertThat(first.select("#hors-du-fichier").text()).contains("(" + leftOutCount(first) + ")");
		assertThat(leftOutCount(first)).isLessThanOrEqualTo(leftOut).isGreaterThan(PROJECTS);
		assertThat(first.select("nav.pager").text()).contains("Page 1 sur " + pages, "Page suivante");

		Document second = page("?exclues=1");
		assertThat(pagedNames(second)).hasSize(IatiAdminController.PAGE_SIZE).doesNotContainAnyElementsOf(firstNames);
		assertThat(second.select("nav.pager").text()).contains("Page 2 sur " + pages, "Page précédente");
		assertThat(second.select("nav.pager a").eachAttr("href"))
			.contains("/admin/iati?exportees=0&exclues=0#hors-du-fichier", "/admin/iati?exportees=0&exclues=2#hors-du-fichier");

		Document last = page("?exclues=" + (pages - 1));
		assertThat(pagedNames(last)).hasSize(leftOutCount(first) - (pages - 1) * IatiAdminController.PAGE_SIZE);
		assertThat(pagedNames(page("?exclues=99999"))).isEqualTo(pagedNames(last));
		assertThat(pagedNames(page("?exclues=99999999999999"))).isEqualTo(pagedNames(last));
		assertThat(pagedNames(page("?exclues=-4"))).isEqualTo(firstNames);
		assertThat(pagedNames(page("?exclues=deux&exportees=%3Cb%3E"))).isEqualTo(firstNames);
	}

	@Test
	void theSummaryIsComputedOncePerContentChange() throws Exception {
		ThreeViews views = threeViews();
		assertThat(views.builds()).as("one computation for three views").isEqualTo(1);
		assertThat(views.names()).isNotEmpty().doesNotContain("Projet paginé 001 (révisé)");

		long before = this.cache.contentVersion();
		this.jdbc.update("update project set name = name || ' (révisé)' where slug = 'iati-page-1'");
		awaitChangeFrom(before);
		views = threeViews();
		assertThat(views.builds()).as("computed once again after the change").isEqualTo(1);
		assertThat(views.names()).contains("Projet paginé 001 (révisé)");
	}

	/** The summary's computations for three views made just after a change with none between them, and the names they list. */
	private ThreeViews threeViews() throws Exception {
		return QuietContent.afterAChange(this.cache, this.jdbc, () -> {
			long builds = this.summaries.builds();
			List<String> names = IntStream.range(0, 3)
				.mapToObj(i -> page("?exclues=" + i))
				.flatMap(d -> pagedNames(d).stream())
				.toList();
			return new ThreeViews(this.summaries.builds() - builds, names);
		});
	}

	private record ThreeViews(long builds, List<String> names) {
	}

	private Document page(String query) {
		MvcTestResult result = this.mvc.get().uri("/admin/iati" + query).with(user("e@test").roles("EDITOR")).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	/** The names in the left-out list of this page. */
	private static List<String> pagedNames(Document page) {
		return page.select("#hors-du-fichier + div table tbody tr td:first-child a").eachText();
	}

	private static int leftOutCount(Document page) {
		String heading = page.select("#hors-du-fichier").text();
		return Integer.parseInt(heading.replaceAll(".*\\((\\d+)\\).*", "$1"));
	}

	private static int lastPage(Document page) {
		String position = page.select("#hors-du-fichier ~ nav.pager span").text();
		return Integer.parseInt(position.replaceAll(".*sur (\\d+).*", "$1"));
	}

	private void awaitChangeFrom(long version) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.cache.contentVersion() == version && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(this.cache.contentVersion()).as("the change was heard").isNotEqualTo(version);
	}

}
