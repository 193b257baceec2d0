package bi.ppsm.site.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.QuietContent;
import bi.ppsm.site.document.TestFiles;
import bi.ppsm.site.search.SiteSearch.Results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The site search on the whole application and the real PostgreSQL: French relevance with and
 * without accents, plurals and several words; English content on /en/; nothing a visitor may
 * not see; the text of an uploaded PDF; the index following every change at once; hostile
 * queries; excerpts escaped with only our {@code <mark>}; results kept until the next change.
 * What the tests add is deleted afterwards. The tests write with plain SQL, whose change notice
 * reaches the application a moment later: each search first waits for every notice sent so far.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchFullStackTests {

	private static final String PREFIX = "Essai recherche ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache pageCache;

	@Autowired
	SiteSearch search;

	@AfterEach
	void deleteTestContent() {
		this.jdbc.update("delete from news_item where title like ?", PREFIX + "%");
		this.jdbc.update("delete from document where title like ?", PREFIX + "%");
		this.jdbc.update("delete from project where name like ?", PREFIX + "%");
		this.jdbc.update("delete from programme where name like ?", PREFIX + "%");
		this.jdbc.update("delete from service_point where name like ?", PREFIX + "%");
		this.jdbc.update("delete from organisation where name like ?", PREFIX + "%");
		this.jdbc.update("delete from content_translation where value like ?", PREFIX + "%");
		this.jdbc.update("delete from audit_entry where entity_label like ?", PREFIX + "%");
	}

	@Test
	void aSearchAskedAgainIsAnsweredFromMemoryUntilTheNextChange() throws Exception {
		List<Results> asked = QuietContent.afterAChange(this.pageCache, this.jdbc,
				() -> List.of(this.search.search("xylophonistes", null, 0, false),
						this.search.search("xylophonistes", null, 0, false),
						this.search.search("xylophonistes", null, 0, true),
						this.search.search("xylophonistes", SearchKind.values()[0], 0, false)));
		Results first = asked.get(0);
		assertThat(first.all()).isZero();
		assertThat(asked.get(1)).isSameAs(first);
		assertThat(asked.get(2)).isNotSameAs(first);
		assertThat(asked.get(3)).isNotSameAs(first);
		news("kept", "xylophoniste invité", Instant.now().minus(Duration.ofHours(1)), null);
		settled();
		Results after = this.search.search("xylophonistes", null, 0, false);
		assertThat(after).isNotSameAs(first);
		assertThat(after.all()).isEqualTo(1);
		assertThat(after.hits()).extracting(SiteSearch.Hit::path).containsExactly("/actualites/essai-recherche-kept");
	}

	@Test
	void onlyTheLatestSearchesAreKept() throws Exception {
		List<Results> asked = QuietContent.afterAChange(this.pageCache, this.jdbc, () -> {
			Results oldest = this.search.search("xylophone0", null, 0, false);
			for (int i = 1; i <= RecentResults.MAX; i++) {
				this.search.search("xylophone" + i, null, 0, false);
			}
			Results latest = this.search.search("xylophone" + RecentResults.MAX, null, 0, false);
			return List.of(oldest, latest, this.search.search("xylophone" + RecentResults.MAX, null, 0, false),
					this.search.search("xylophone0", null, 0, false));
		});
		assertThat(asked.get(2)).isSameAs(asked.get(1));
		// the first of MAX + 1 searches was dropped to make room for the last one
		assertThat(asked.get(3)).isNotSameAs(asked.get(0));
	}

	@Test
	void accentsAndCaseDoNotMatterInFrench() {
		List<String> plain = paths("/recherche?q=rapatries");
		assertThat(plain).contains("/programmes/rapatriement", "/projets/tura-utuze");
		assertThat(paths("/recherche?q=RAPATRIÉS")).isEqualTo(plain);
		assertThat(paths("/recherche?q=rapatrié")).isEqualTo(plain);
		// the project whose title holds the word ranks before the programme that only mentions it
		assertThat(plain.indexOf("/projets/tura-utuze")).isLessThan(plain.indexOf("/programmes/rapatriement"));
		Document page = page("/recherche?q=rapatries");
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select(".search-results mark").eachText()).anySatisfy(t -> assertThat(t).isEqualToIgnoringCase("rapatriés"));
		assertThat(page.select("title").text()).contains("rapatries");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void pluralsAndSingularsFindTheSame() {
		assertThat(paths("/recherche?q=enfants")).isNotEmpty()
			.contains("/programmes/protection-de-l-enfance")
			.isEqualTo(paths("/recherche?q=enfant"));
		assertThat(paths("/recherche?q=communautés")).isNotEmpty().isEqualTo(paths("/recherche?q=communaute"));
	}

	@Test
	void severalWordsMustAllBeThereAndQuotesKeepThemTogether() {
		List<String> both = paths("/recherche?q=cohesion%20rapatries");
		assertThat(both).contains("/projets/tura-utuze", "/programmes/rapatriement");
		assertThat(paths("/recherche?q=cohesion")).containsAll(both);
		assertThat(paths("/recherche?q=rapatries%20ebola")).isEmpty();
		assertThat(paths("/recherche?q=rapatries%20or%20ebola")).contains("/projets/tura-utuze", "/projets/riposte-ebola");
		assertThat(paths("/recherche?q=rapatries%20-residents")).doesNotContain("/projets/tura-utuze");
		assertThat(paths("/recherche?q=%22sant%C3%A9%20mentale%22")).isNotEmpty();
	}

	@Test
	void englishPagesSearchTheEnglishVersionsAndFallBackToFrench() {
		long rapatriement = id("select id from programme where slug = 'rapatriement'");
		this.jdbc.update("insert into content_translation (entity_type, entity_id, field, lang, value) values"
				+ " ('programme', ?, 'summary', 'en', ?)", rapatriement,
				PREFIX + "Psychosocial support for returnees and the families around them.");
		assertThat(paths("/en/recherche?q=returnee%20family")).containsExactly("/en/programmes/rapatriement");
		Document english = page("/en/recherche?q=returnees");
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select(".search-results mark").eachText()).contains("returnees");
		assertThat(english.select(".search-results").text()).contains("Psychosocial support for returnees");
		// the French page does not see the English text; the English page still finds French fields
		assertThat(paths("/recherche?q=returnees")).isEmpty();
		assertThat(paths("/en/recherche?q=rapatries")).contains("/en/projets/tura-utuze");
		// the translation removed, the English index follows at once
		this.jdbc.update("delete from content_translation where value like ?", PREFIX + "%");
		assertThat(paths("/en/recherche?q=returnees")).isEmpty();
	}

	@Test
	void draftsScheduledExpiredUnpublishedAndNonMembersNeverAppear() {
		Instant now = Instant.now();
		news("published", "xylophonistes publiés", now.minus(Duration.ofDays(1)), null);
		news("draft", "xylophonistes brouillon", null, null);
		news("scheduled", "xylophonistes programmés", now.plus(Duration.ofDays(2)), null);
		news("expired", "xylophonistes expirés", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)));
		long hidden = id("insert into programme (slug, name, summary, published) values"
				+ " ('essai-recherche-cache', '" + PREFIX + "xylophonistes caché', 'Brouillon', false) returning id");
		this.jdbc.update("insert into project (programme_id, slug, name, status, published) values"
				+ " (?, 'essai-recherche-projet', '" + PREFIX + "xylophonistes projet', 'ONGOING', true)", hidden);
		long organisation = id("insert into organisation (slug, name, description, member) values"
				+ " ('essai-recherche-org', '" + PREFIX + "xylophonistes association', 'Pas membre', false) returning id");
		long province = id("select id from zone where kind = 'PROVINCE' and map_year = 2025 limit 1");
		this.jdbc.update("insert into service_point (organisation_id, name, province_id, address, published)"
				+ " values (?, '" + PREFIX + "xylophonistes lieu', ?, 'Rue 1', false)", organisation, province);

		Document page = page("/recherche?q=xylophoniste");
		assertThat(page.select(".search-results h2").eachText()).containsExactly(PREFIX + "xylophonistes publiés");
		assertThat(page.select(".count").text()).isEqualTo("1 résultat pour « xylophoniste »");
		assertThat(page.text()).doesNotContain("brouillon", "programmés", "expirés", "caché", "association", "lieu");

		// published, member: they appear at once, filtered by kind with their counts
		this.jdbc.update("update programme set published = true where id = ?", hidden);
		this.jdbc.update("update organisation set member = true where id = ?", organisation);
		this.jdbc.update("update service_point set published = true where organisation_id = ?", organisation);
		Document all = page("/recherche?q=xylophoniste");
		assertThat(all.select(".search-results li")).hasSize(5);
		assertThat(all.select(".search-kinds a").eachText()).containsExactly("Tout (5)", "Programme (1)", "Projet (1)",
				"Actualité (1)", "Organisation membre (1)", "Lieu d’aide (1)");
		Document members = page("/recherche?q=xylophoniste&type=membres");
		assertThat(members.select(".search-results h2 a").eachAttr("href")).containsExactly("/membres#essai-recherche-org");
		assertThat(members.select(".search-kinds a[aria-current=page]").text()).isEqualTo("Organisation membre (1)");
		// an unknown kind means every kind
		assertThat(page("/recherche?q=xylophoniste&type=%3Cx%3E").select(".search-results li")).hasSize(5);

		// a programme scheduled for tomorrow hides itself and its project; one whose end passed too
		this.jdbc.update("update programme set publish_from = ? where id = ?",
				java.sql.Timestamp.from(now.plus(Duration.ofDays(1))), hidden);
		assertThat(page("/recherche?q=xylophoniste").select(".search-results li")).hasSize(3);
		this.jdbc.update("update programme set publish_from = null, publish_until = ? where id = ?",
				java.sql.Timestamp.from(now.minus(Duration.ofHours(1))), hidden);
		assertThat(page("/recherche?q=xylophoniste").text()).doesNotContain("caché", "projet");
	}

	@Test
	void everyChangeReachesTheIndexAtOnce() {
		long item = news("renamed", "mot initial", Instant.now().minus(Duration.ofHours(1)), null);
		assertThat(paths("/recherche?q=initial")).hasSize(1);
		this.jdbc.update("update news_item set title = ? where id = ?", PREFIX + "mot remplacé", item);
		assertThat(paths("/recherche?q=initial")).isEmpty();
		assertThat(paths("/recherche?q=remplace")).containsExactly("/actualites/essai-recherche-renamed");
		this.jdbc.update("delete from news_item where id = ?", item);
		assertThat(paths("/recherche?q=remplace")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from search_document where kind = 'news' and entity_id = ?",
				Long.class, item)).isZero();
	}

	@Test
	void theTextOfAnUploadedPdfIsFoundAndDraftsAreNot() {
		upload(PREFIX + "rapport annuel", TestFiles.pdf("Les zanzibarites ont besoin d'écoute"), true);
		upload(PREFIX + "brouillon", TestFiles.pdf("Les zanzibarites du brouillon"), false);
		Document page = page("/recherche?q=zanzibarite");
		assertThat(page.select(".search-results h2").eachText()).containsExactly(PREFIX + "rapport annuel");
		assertThat(page.select(".search-results h2 a").attr("href")).matches("/documents/\\d+/[0-9a-f]{16}/.*\\.pdf");
		assertThat(page.select(".search-excerpt mark").eachText()).containsExactly("zanzibarites");
		assertThat(page.select(".search-excerpt").text()).contains("besoin d'écoute");
		assertThat(this.jdbc.queryForObject("select text from document_text t join document d on d.id = t.document_id"
				+ " where d.title = ?", String.class, PREFIX + "rapport annuel")).contains("zanzibarites");
	}

	@Test
	void aFileWithoutTextIsStillUploaded() {
		assertThat(upload(PREFIX + "tableur", TestFiles.pdf(""), true)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select t.text from document_text t join document d on d.id = t.document_id"
				+ " where d.title = ?", String.class, PREFIX + "tableur")).isEmpty();
		assertThat(paths("/recherche?q=tableur")).hasSize(1);
	}

	@Test
	void hostileQueriesGetANormalFrenchPage() {
		List<String> queries = List.of("& | ! <-> :*", "rapatries:* & !enfant", "\"", "\"\"\"'''", "'; drop table programme;--",
				"<script>alert(1)</script>", "a".repeat(10_000), "rapa\u0000tries", "\u0000", "\u202e\u0007\u001b",
				"(((((", "!!!!", "<->", "le la les", "\uE000rapatries\uE001", "\uD800", "%", "\\", "OR 1=1", "-", "*");
		for (String query : queries) {
			MvcTestResult result = this.mvc.get().uri("/recherche").param("q", query).exchange();
			assertThat(result).as(label(query)).hasStatusOk();
			Document page = parse(result);
			assertThat(page.select("html").attr("lang")).as(label(query)).isEqualTo("fr");
			assertThat(page.select("h1").text()).isEqualTo("Recherche");
			assertThat(page.select("script")).as(label(query)).allSatisfy(s -> assertThat(s.attr("type")).isNotEmpty());
			assertThat(page.select(".count").text()).as(label(query)).contains("pour «");
			assertThat(page.select("#recherche-q").attr("value").length()).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
			assertThat(contentOf(result)).doesNotContain("<script>alert", "Exception", "\u0000");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from programme", Long.class)).isPositive();
		// raw URLs, NUL and broken escapes included, in every language
		for (String url : List.of("/recherche?q=%00", "/recherche?q=%3Cscript%3E&type=%00&page=-1",
				"/en/recherche?q=%22%22&page=99999999999", "/rn/recherche?q=a&q=b", "/recherche?page=abc",
				"/recherche?q=" + "%C3%A9".repeat(3000))) {
			assertThat(this.mvc.get().uri(java.net.URI.create(url))).as(url).hasStatusOk();
		}
		Document none = page("/recherche?q=qwxzqwxz");
		assertThat(none.select(".search-none").text()).contains("Aucun résultat pour « qwxzqwxz »");
		assertThat(none.select(".search-none a").eachAttr("href")).contains("/trouver-de-l-aide", "/membres", "/contact");
		assertThat(none.select(".search-none .helpline").text()).contains("116");
	}

	@Test
	void contentMarkupIsEscapedAndOnlyTheWordsFoundAreMarked() {
		news("markup", "<b>gras</b> <script>alert(1)</script> quokkas", Instant.now().minus(Duration.ofHours(1)), null);
		MvcTestResult result = this.mvc.get().uri("/recherche?q=quokka").exchange();
		String html = contentOf(result);
		assertThat(html).contains("&lt;b&gt;", "&lt;script&gt;").doesNotContain("<b>gras", "<script>alert");
		Document page = parse(result);
		assertThat(page.select(".search-results h2 mark").eachText()).containsExactly("quokkas");
		assertThat(page.select(".search-results b, .search-results script")).isEmpty();
	}

	@Test
	void resultsComeTenByPage() {
		Instant now = Instant.now();
		for (int i = 0; i < 12; i++) {
			news("page-" + i, "ornithorynques " + i, now.minus(Duration.ofMinutes(i + 1)), null);
		}
		Document first = page("/recherche?q=ornithorynque");
		assertThat(first.select(".search-results li")).hasSize(10);
		assertThat(first.select(".count").text()).isEqualTo("12 résultats pour « ornithorynque »");
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/recherche?q=ornithorynque&page=2");
		Document second = page("/recherche?q=ornithorynque&page=2");
		assertThat(second.select(".search-results li")).hasSize(2);
		assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/recherche?q=ornithorynque");
		// beyond the last page: the last page
		assertThat(page("/recherche?q=ornithorynque&page=40").select(".search-results li")).hasSize(2);
	}

	@Test
	void theHeaderOfEveryPublicPageHasTheSearchBox() {
		for (String path : List.of("/", "/programmes/rapatriement", "/contact", "/en/", "/rn/")) {
			Element form = page(path).selectFirst("header form[role=search]");
			assertThat(form).as(path).isNotNull();
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.attr("action")).isEqualTo(path.startsWith("/en") ? "/en/recherche"
					: path.startsWith("/rn") ? "/rn/recherche" : "/recherche");
			assertThat(form.select("input[name=q]").attr("id")).isEqualTo(form.select("label").attr("for"));
		}
		assertThat(page("/recherche").select(".search-results, .count")).isEmpty();
		// not on the sign-in pages, which only staff use
		assertThat(page("/login").select("form[role=search]")).isEmpty();
		assertThat(page("/login/mot-de-passe-oublie").select("form[role=search]")).isEmpty();
	}

	@Test
	void resultPagesAreKeptByNoBrowserAndTheEmptySearchPageIsAnOrdinaryPage() {
		for (String path : List.of("/recherche?q=rapatries", "/en/recherche?q=children", "/recherche?q=&type=projets")) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatusOk().headers().hasValue("Cache-Control", "no-store");
			assertThat(result.getResponse().getHeader("ETag")).as(path).isNull();
		}
		MvcTestResult empty = this.mvc.get().uri("/recherche").exchange();
		assertThat(empty).hasStatusOk().headers().hasValue("Cache-Control", "no-cache");
		assertThat(empty.getResponse().getHeader("ETag")).isNotNull();
	}

	private long news(String slug, String title, Instant publishAt, Instant unpublishAt) {
		return id("insert into news_item (slug, title, summary, body, publish_at, unpublish_at) values (?, ?, ?, ?, ?, ?)"
				+ " returning id", "essai-recherche-" + slug, PREFIX + title, "Résumé", "Texte",
				(publishAt != null) ? publishAt.atOffset(ZoneOffset.UTC) : null,
				(unpublishAt != null) ? unpublishAt.atOffset(ZoneOffset.UTC) : null);
	}

	private MvcTestResult upload(String title, byte[] pdf, boolean published) {
		var request = this.mvc.post()
			.uri("/admin/documents/nouveau")
			.multipart()
			.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", pdf))
			.param("title", title)
			.param("category", "ETUDE")
			.param("language", "FR")
			.param("date", LocalDate.now().toString())
			.param("version", "0");
		if (published) {
			request = request.param("published", "true");
		}
		MvcTestResult result = request.with(csrf()).with(user("e@test").roles("EDITOR")).exchange();
		assertThat(result).hasStatus3xxRedirection();
		return result;
	}

	private long id(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private List<String> paths(String url) {
		return page(url).select(".search-results h2 a").eachAttr("href");
	}

	private Document page(String url) {
		settled();
		MvcTestResult result = this.mvc.get().uri(java.net.URI.create(url)).exchange();
		assertThat(result).as(url).hasStatusOk();
		return parse(result);
	}

	/** Waits until the application has heard every content change committed so far. */
	private void settled() {
		QuietContent.changeAndSettle(this.pageCache, this.jdbc);
	}

	private static Document parse(MvcTestResult result) {
		return Jsoup.parse(contentOf(result));
	}

	private static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String label(String query) {
		return "query " + (query.length() > 40 ? query.substring(0, 40) + "… (" + query.length() + ")" : query)
			.replace("\u0000", "\\0");
	}

}
