package bi.ppsm.site.revision;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.admin.RecordingTransactionManager;
import bi.ppsm.site.revision.Revisions.History;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The history of a record with 60 revisions: 25 a page, the latest first, the shared admin
 * pager, and the comparison of any two numbers whatever the page shown.
 */
@WebSliceTest(RevisionAdminController.class)
@Import(RecordingTransactionManager.class)
@WithMockUser(roles = "EDITOR")
class RevisionHistoryPagingTests {

	static final String URL = "/admin/revisions/mission/4";

	static final Instant AT = Instant.parse("2026-11-30T08:15:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Revisions revisions;

	@BeforeEach
	void aMissionWithSixtyRevisions() {
		List<Revision> latest = List.of(listed(60), listed(59));
		given(this.revisions.history("mission", 4, 0)).willReturn(history(0, 60, 35, latest));
		given(this.revisions.history("mission", 4, 1)).willReturn(history(1, 35, 10, latest));
		given(this.revisions.history("mission", 4, 2)).willReturn(history(2, 10, null, latest));
		for (int n = 1; n <= 60; n++) {
			given(this.revisions.revision("mission", 4, n))
				.willReturn(new Revision(n, AT, "redactrice@test", null, n == 1, "{\"text\":\"Texte " + n + "\"}"));
		}
	}

	/** Page {@code page} listing revisions {@code top} down (25 at most), the one before its last being {@code older}. */
	private static History history(int page, int top, Integer older, List<Revision> latest) {
		List<Revision> rows = IntStream.iterate(top, n -> n > Math.max(0, top - 25), n -> n - 1)
			.mapToObj(RevisionHistoryPagingTests::listed)
			.toList();
		return new History("mission", 4, "Accompagner", "/admin/missions/4", List.of("text"),
				new PageImpl<>(rows, PageRequest.of(page, 25), 60), older, latest);
	}

	private static Revision listed(int number) {
		return new Revision(number, AT, "redactrice@test", null, number == 1, null);
	}

	private Document page(String uri) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(uri).exchange().getResponse().getContentAsString());
	}

	@Test
	void theFirstPageListsTheTwentyFiveLatestAndLinksTheNext() throws Exception {
		Document page = page(URL);
		assertThat(page.select("table:has(caption) tbody tr td:first-child").eachText()).hasSize(25).startsWith("60", "59").endsWith("36");
		assertThat(page.select("caption").text()).contains("(60)");
		assertThat(page.select("nav.pager").text()).contains("Page 1 sur 3");
		assertThat(page.select("nav.pager a").eachAttr("href")).singleElement().asString().contains(URL + "?", "page=1");
		// the page's last row still links to its change, from the first revision of the next page
		assertThat(page.select("table:has(caption) tbody tr").last().select("a").eachAttr("href")).contains(URL + "?de=35&a=36");
		assertThat(page.select("table:has(caption) tbody tr").first().text()).contains("version actuelle");
	}

	@Test
	void aLaterPageShowsTheOlderRevisionsAndStillComparesTheLastChange() throws Exception {
		Document page = page(URL + "?page=2");
		assertThat(page.select("table:has(caption) tbody tr td:first-child").eachText()).containsExactly("10", "9", "8", "7", "6", "5", "4",
				"3", "2", "1");
		assertThat(page.select("nav.pager").text()).contains("Page 3 sur 3");
		assertThat(page.select("table:has(caption) tbody tr").text()).doesNotContain("version actuelle");
		// the oldest revision has no earlier one to compare with, but can be restored
		assertThat(page.select("table:has(caption) tbody tr").last().select("a").eachAttr("href"))
			.containsExactly(URL + "/1/restaurer");
		assertThat(page.select("#revision-de").attr("value")).isEqualTo("59");
		assertThat(page.select("#revision-a").attr("value")).isEqualTo("60");
	}

	@Test
	void anyTwoNumbersAreComparedWhateverThePage() throws Exception {
		Document page = page(URL + "?page=1&de=3&a=58");
		assertThat(page.select("#revision-diff-title").text()).isEqualTo("Différences entre la version 3 et la version 58");
		assertThat(page.select(".revision-words del").text()).isEqualTo("3");
		assertThat(page.select(".revision-words ins").text()).isEqualTo("58");
		assertThat(page.select("form.revision-compare input[type=number]").eachAttr("name")).containsExactly("de", "a");
		assertThat(page.select("#revision-de").attr("value")).isEqualTo("3");
	}

	@Test
	void aMalformedPageIsTheFirst() throws Exception {
		assertThat(page(URL + "?page=abc").select("table:has(caption) tbody tr td:first-child").first().text()).isEqualTo("60");
	}

}
