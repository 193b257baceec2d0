package bi.ppsm.site.news;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebSliceTest(NewsController.class)
@Import({ PublishedNews.class, NewsPage.class })
class NewsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	NewsRepository news;

	@MockitoBean
	ProgrammeRepository programmes;

	static NewsItem item(String slug, String title, Instant publishAt) {
		NewsItem item = new NewsItem(slug, title, "Un résumé <b>simple</b> & court", "Un **texte** <script>alert(1)</script>",
				Instant.parse("2026-03-01T08:00:00Z"));
		ReflectionTestUtils.setField(item, "id", 12L);
		item.setPublishAt(publishAt);
		return item;
	}

	@Test
	void listShowsTheItemsWithTheirFrenchDateAndIgnoresBadParameters() {
		NewsItem item = item("lancement", "Lancement du projet", Instant.parse("2026-03-11T23:30:00Z"));
		given(this.news.findVisible(any(), any())).willReturn(new PageImpl<>(List.of(item), PageRequest.of(0, 10), 1));
		for (String uri : List.of("/actualites", "/actualites?page=abc&programme=%3Cscript%3E", "/actualites?page=-3",
				"/actualites?page=99999999999")) {
			assertThat(this.mvc.get().uri(uri)).as(uri)
				.hasStatusOk()
				.hasViewName("news/list")
				.bodyText()
				// 23:30 UTC is already the 12th in Bujumbura
				.contains("Lancement du projet", "/actualites/lancement", "12 mars 2026")
				.doesNotContain("<script>");
		}
	}

	@Test
	void anEmptyListSaysSo() {
		given(this.news.findVisible(any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 10), 0));
		assertThat(this.mvc.get().uri("/actualites")).hasStatusOk().bodyText().contains("Pas d’actualités pour le moment.");
	}

	@Test
	void aPublishedItemIsShownWithSharingTagsAndHiddenOnesAreNotFound() {
		given(this.news.findBySlug("lancement"))
			.willReturn(Optional.of(item("lancement", "Lancement du projet", Instant.now().minusSeconds(3600))));
		assertThat(this.mvc.get().uri("/actualites/lancement")).hasStatusOk()
			.bodyText()
			.contains("Lancement du projet</h1>", "<strong>texte</strong>",
					"<meta property=\"og:type\" content=\"article\">", "article:published_time",
					"<meta name=\"twitter:card\" content=\"summary\">")
			.doesNotContain("<script>alert");
		given(this.news.findBySlug("brouillon")).willReturn(Optional.of(item("brouillon", "Brouillon", null)));
		assertThat(this.mvc.get().uri("/actualites/brouillon")).hasStatus(HttpStatus.NOT_FOUND);
		given(this.news.findBySlug("plus-tard"))
			.willReturn(Optional.of(item("plus-tard", "Plus tard", Instant.now().plusSeconds(3600))));
		assertThat(this.mvc.get().uri("/actualites/plus-tard")).hasStatus(HttpStatus.NOT_FOUND);
		NewsItem expired = item("expiree", "Expirée", Instant.now().minusSeconds(7200));
		expired.setUnpublishAt(Instant.now().minusSeconds(60));
		given(this.news.findBySlug("expiree")).willReturn(Optional.of(expired));
		assertThat(this.mvc.get().uri("/actualites/expiree")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/actualites/inconnue")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theFeedIsAtomWithEverythingEscaped() throws Exception {
		NewsItem item = item("lancement", "Titre avec <balise> & \"guillemets\"", Instant.parse("2026-03-11T23:30:00Z"));
		given(this.news.findLatest(any(), any())).willReturn(List.of(item));
		MvcTestResult result = this.mvc.get().uri("/actualites/flux.atom").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		assertThat(feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").getLength()).isEqualTo(1);
		assertThat(feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "title").item(1).getTextContent())
			.isEqualTo("Titre avec <balise> & \"guillemets\"");
		assertThat(feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "content").item(0).getTextContent())
			.contains("<strong>texte</strong>")
			.doesNotContain("<script");
		assertThat(feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "published").item(0).getTextContent())
			.isEqualTo("2026-03-11T23:30:00Z");
	}

	@Test
	void theFeedOfAnUnknownProgrammeIsNotFound() {
		assertThat(this.mvc.get().uri("/programmes/inconnu/actualites.atom")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
