package bi.ppsm.site.news;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.system.PublicationTime;
import bi.ppsm.site.system.VisibilityWatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * News on the whole application and the real PostgreSQL: written in the back office, kept
 * hidden while a draft, scheduled or expired, shown on its page, the list, the home page, its
 * programme and project pages, the feeds and the sitemap; a photo of people without recorded
 * consent is refused. Public pages are read with a query string the page cache never stores.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewsFullStackTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	VisibilityWatch watch;

	long programme;

	String programmeSlug;

	long project;

	String projectSlug;

	final List<Long> images = new ArrayList<>();

	@BeforeEach
	void programmeAndProject() {
		this.jdbc.update("delete from news_item");
		var row = this.jdbc.queryForMap("""
				select p.id as project, p.slug as project_slug, g.id as programme, g.slug as programme_slug
				from project p join programme g on g.id = p.programme_id
				where p.published and g.published order by g.position, p.position limit 1""");
		this.project = ((Number) row.get("project")).longValue();
		this.projectSlug = (String) row.get("project_slug");
		this.programme = ((Number) row.get("programme")).longValue();
		this.programmeSlug = (String) row.get("programme_slug");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from news_item");
		this.images.forEach(id -> this.jdbc.update("delete from image where id = ?", id));
	}

	@Test
	void publishedNewsReachesEveryPageAndDraftsScheduledAndExpiredOnesNone() throws Exception {
		long cover = image(false, false);
		String published = create("Lancement à Gitega : soutien psychosocial", "NOW", null, cover);
		assertThat(published).isEqualTo("lancement-a-gitega-soutien-psychosocial");
		String draft = create("Brouillon secret de l'équipe", "DRAFT", null, null);
		String scheduled = create("Atelier programmé plus tard", "AT_DATE", "2099-06-01T09:30", null);
		String expired = create("Ancienne annonce expirée", "NOW", null, null);
		this.jdbc.update("update news_item set publish_at = now() - interval '10 days', unpublish_at = now() - interval '1 day' where slug = ?",
				expired);
		List<String> hidden = List.of("Brouillon secret", "Atelier programmé", "Ancienne annonce");

		// the item's page: title, French date, cover with caption and credit, Markdown body, links, sharing tags
		Instant publishAt = this.jdbc.queryForObject("select publish_at from news_item where slug = ?", Instant.class,
				published);
		String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
			.format(publishAt.atZone(PublicationTime.ZONE).toLocalDate());
		String page = body(get("/actualites/" + published + "?v=1"));
		var html = Jsoup.parse(page);
		assertThat(html.select("h1").text()).isEqualTo("Lancement à Gitega : soutien psychosocial");
		assertThat(html.select("time").text()).isEqualTo(day);
		assertThat(html.select("figure.media-figure figcaption").text()).contains("Une formation à Gitega", "Photo : PPSM");
		assertThat(html.select("figure img").attr("loading")).as("the cover is at the top: not lazy").isEmpty();
		assertThat(html.select(".prose strong").text()).isEqualTo("gras");
		assertThat(page).doesNotContain("<script>alert");
		assertThat(html.select("a[href=/programmes/" + this.programmeSlug + "]")).isNotEmpty();
		assertThat(html.select("a[href=/projets/" + this.projectSlug + "]")).isNotEmpty();
		assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(html.select("meta[property=og:image]").attr("content")).matches("https?://[^/]+/medias/cle-[a-z0-9]+/1080\\.jpg");
		assertThat(html.select("meta[property=og:image:width]").attr("content")).isEqualTo("1080");
		assertThat(html.select("meta[property=og:image:height]").attr("content")).isEqualTo("720");
		assertThat(html.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Des participants en formation");
		assertThat(html.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(html.select("meta[property=article:published_time]").attr("content")).startsWith(publishAt.toString().substring(0, 16));
		assertThat(html.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/actualites/flux.atom");

		// hidden items are not found
		for (String slug : List.of(draft, scheduled, expired)) {
			assertThat(get("/actualites/" + slug + "?v=1")).hasStatus(HttpStatus.NOT_FOUND);
		}

		// other visible items of the same project on an item's page: never itself, never a hidden one
		String sibling = create("Deuxième nouvelle du même projet", "NOW", null, null);
		var others = Jsoup.parse(body(get("/actualites/" + published + "?v=3"))).select("section[aria-labelledby=autres]");
		assertThat(others.text()).contains("Deuxième nouvelle du même projet").doesNotContain("Lancement à Gitega");
		hidden.forEach(h -> assertThat(others.text()).doesNotContain(h));
		assertThat(Jsoup.parse(body(get("/actualites/" + sibling + "?v=3"))).select("section[aria-labelledby=autres]").text())
			.contains("Lancement à Gitega");
		this.jdbc.update("delete from news_item where slug = ?", sibling);

		// the list, the home page, the programme and project pages
		for (String path : List.of("/actualites?v=1", "/actualites?programme=" + this.programmeSlug, "/?v=1",
				"/programmes/" + this.programmeSlug + "?v=1", "/projets/" + this.projectSlug + "?v=1")) {
			String text = body(get(path));
			assertThat(text).as(path).contains("Lancement à Gitega : soutien psychosocial");
			hidden.forEach(h -> assertThat(text).as(path).doesNotContain(h));
		}
		var home = Jsoup.parse(body(get("/?v=2")));
		assertThat(home.select("#actualites + ul img").attr("loading")).isEqualTo("lazy");
		assertThat(home.select("a[href=/actualites]")).isNotEmpty();
		var programmePage = Jsoup.parse(body(get("/programmes/" + this.programmeSlug + "?v=2")));
		assertThat(programmePage.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.contains("/programmes/" + this.programmeSlug + "/actualites.atom");

		// the feeds: valid Atom with the published item only
		Document feed = atom("/actualites/flux.atom?v=1");
		assertThat(entryTitles(feed)).containsExactly("Lancement à Gitega : soutien psychosocial");
		Document programmeFeed = atom("/programmes/" + this.programmeSlug + "/actualites.atom?v=1");
		assertThat(entryTitles(programmeFeed)).containsExactly("Lancement à Gitega : soutien psychosocial");
		Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
		assertThat(text(entry, "id")).startsWith("tag:");
		assertThat(text(entry, "published")).isEqualTo(publishAt.truncatedTo(ChronoUnit.SECONDS).toString());
		assertThat(text(entry, "summary")).isEqualTo("Un résumé en texte simple & sans balise <b>.");
		Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
		assertThat(content.getAttribute("type")).isEqualTo("html");
		assertThat(content.getTextContent()).contains("<strong>gras</strong>").doesNotContain("<script");
		Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
		assertThat(link.getAttribute("href")).endsWith("/actualites/" + published);

		// the sitemap
		String sitemap = body(get("/sitemap.xml?v=1"));
		assertThat(sitemap).contains("/actualites</loc>", "/actualites/" + published + "</loc>")
			.doesNotContain("/actualites/" + draft + "<", "/actualites/" + scheduled + "<", "/actualites/" + expired + "<");

		// the scheduled time comes: the item goes public, and the watch tells the page caches
		Instant before = Instant.now();
		this.jdbc.update("update news_item set publish_at = now() - interval '1 second' where slug = ?", scheduled);
		assertThat(this.watch.changedSince(before.minusSeconds(60), Instant.now())).isTrue();
		assertThat(this.watch.changedSince(Instant.now(), Instant.now().plusSeconds(1))).isFalse();
		assertThat(body(get("/actualites?v=2"))).contains("Atelier programmé plus tard");
		assertThat(get("/actualites/" + scheduled + "?v=2")).hasStatusOk();
	}

	@Test
	void aProgrammeWithoutNewsSaysSo() {
		String other = this.jdbc.queryForObject("select slug from programme where published order by position desc limit 1",
				String.class);
		var section = Jsoup.parse(body(get("/programmes/" + other + "?v=3"))).select("section:has(#actualites)");
		assertThat(section.text()).contains("Actualités", "Pas d’actualités pour le moment.");
	}

	@Test
	void aPhotoOfPeopleWithoutRecordedConsentIsRefused() {
		long withoutConsent = image(true, false);
		int before = this.jdbc.queryForObject("select count(*) from news_item", Integer.class);
		MvcTestResult result = this.mvc.post()
			.uri("/admin/actualites/nouveau")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("title", "Visite d'une école")
			.param("summary", "Résumé")
			.param("body", "Texte gardé après le refus")
			.param("coverId", Long.toString(withoutConsent))
			.param("publication", "NOW")
			.param("version", "0")
			.exchange();
		assertThat(result).hasStatusOk();
		var html = Jsoup.parse(body(result));
		assertThat(html.select(".field-errors").text()).contains("consentement n’est pas enregistré");
		assertThat(html.select("textarea[name=body]").text()).isEqualTo("Texte gardé après le refus");
		assertThat(this.jdbc.queryForObject("select count(*) from news_item", Integer.class)).isEqualTo(before);
		long withConsent = image(true, true);
		assertThat(create("Visite d'une école", "NOW", null, withConsent)).isEqualTo("visite-d-une-ecole");
	}

	@Test
	void staffListFiltersByStatusAndAStaleEditIsRefused() {
		create("Première actualité publiée", "NOW", null, null);
		String draft = create("Deuxième en brouillon", "DRAFT", null, null);
		var list = Jsoup.parse(body(admin("/admin/actualites?statut=brouillon")));
		assertThat(list.select("tbody tr").text()).contains("Deuxième en brouillon").doesNotContain("Première");
		assertThat(Jsoup.parse(body(admin("/admin/actualites?q=premi&statut=n-importe-quoi"))).select("tbody tr"))
			.hasSize(1);
		long id = this.jdbc.queryForObject("select id from news_item where slug = ?", Long.class, draft);
		MvcTestResult stale = this.mvc.post()
			.uri("/admin/actualites/" + id)
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("title", "Titre modifié")
			.param("slug", draft)
			.param("summary", "Résumé")
			.param("body", "Texte")
			.param("publication", "DRAFT")
			.param("version", "99")
			.exchange();
		assertThat(body(stale)).contains("Quelqu’un d’autre a modifié cette fiche");
		assertThat(this.jdbc.queryForObject("select title from news_item where id = ?", String.class, id))
			.isEqualTo("Deuxième en brouillon");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'news' and entity_id = ? and action = 'CREATE'",
				Integer.class, Long.toString(id))).isEqualTo(1);
		assertThat(this.mvc.post().uri("/admin/actualites/" + id + "/supprimer")
			.with(user("redactrice@test").roles("EDITOR")).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from news_item where id = ?", Integer.class, id)).isZero();
	}

	/** Creates an item through the admin form; returns its slug. */
	private String create(String title, String publication, String publishAt, Long cover) {
		MockMvcRequestBuilder post = this.mvc.post()
			.uri("/admin/actualites/nouveau")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("title", title)
			.param("slug", "")
			.param("summary", "Un résumé en texte simple & sans balise <b>.")
			.param("body", "Un texte en **gras**.\n\n<script>alert(1)</script>")
			.param("programmes", Long.toString(this.programme))
			.param("projects", Long.toString(this.project))
			.param("publication", publication)
			.param("version", "0");
		if (publishAt != null) {
			post = post.param("publishAt", publishAt);
		}
		if (cover != null) {
			post = post.param("coverId", Long.toString(cover));
		}
		MvcTestResult result = post.exchange();
		assertThat(result).as(body(result)).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/actualites/\\d+");
		return this.jdbc.queryForObject("select slug from news_item where id = ?", String.class,
				Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
	}

	private long image(boolean showsPeople, boolean consent) {
		String key = "cle-" + System.nanoTime();
		long id = this.jdbc.queryForObject("""
				insert into image (storage_key, original_name, width, height, widths, alt_text, caption, credit,
				shows_people, consent_recorded, created_at, updated_at)
				values (?, 'formation.jpg', 1600, 1067, '{360,720,1080,1600}', 'Des participants en formation',
				'Une formation à Gitega', 'PPSM', ?, ?, now(), now()) returning id""", Long.class, key, showsPeople,
				consent);
		this.jdbc.update("insert into image_rendition (image_id, width, format, height, bytes) values (?, 360, 'jpg', 240, ?)",
				id, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9 });
		this.images.add(id);
		return id;
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).exchange();
	}

	private MvcTestResult admin(String path) {
		MvcTestResult result = this.mvc.get().uri(path).with(user("redactrice@test").roles("EDITOR")).exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Document atom(String path) throws Exception {
		MvcTestResult result = get(path);
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "id")).startsWith("http");
		assertThat(text(root, "title")).startsWith("Actualités de la PPSM");
		assertThat(Instant.parse(text(root, "updated"))).isNotNull();
		List<String> rels = new ArrayList<>();
		NodeList links = root.getElementsByTagNameNS(ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			if (link.getParentNode() == root) {
				rels.add(link.getAttribute("rel"));
				assertThat(link.getAttribute("href")).startsWith("http");
			}
		}
		assertThat(rels).containsExactlyInAnyOrder("self", "alternate");
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "published", "summary", "link", "content")) {
				assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isEqualTo(1);
			}
			assertThat(Instant.parse(text(entry, "updated"))).isAfterOrEqualTo(Instant.parse(text(entry, "published")));
		}
		return feed;
	}

	private static List<String> entryTitles(Document feed) {
		List<String> titles = new ArrayList<>();
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			titles.add(text((Element) entries.item(i), "title"));
		}
		return titles;
	}

	private static String text(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getParentNode() == parent) {
				return nodes.item(i).getTextContent();
			}
		}
		throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
	}

}
