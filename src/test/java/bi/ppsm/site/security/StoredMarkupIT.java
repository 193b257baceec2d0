package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.contact.ContactFormTokens;
import bi.ppsm.site.security.FormPage.Field;
import bi.ppsm.site.security.Forms.Form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What staff save is what visitors read: every text and link field of every admin edit form
 * saved with markup, event handlers and {@code javascript:} links (in a transaction rolled back
 * afterwards), then every public page, the programme and project pages that show those
 * records, and the admin pages read back. The text is kept as typed (the edit form shows it
 * back) and no page holds a script, an event handler, a frame or a {@code javascript:} link:
 * text is escaped, Markdown is sanitised, and a link field refuses such addresses. The same
 * for what a visitor writes through the contact form, as staff read it in the inbox.
 */
class StoredMarkupIT extends MockMvcSuite {

	/** At most 120 characters, so that most fields accept it. */
	static final String MARKUP = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>[a](javascript:alert(1))"
			+ "<a href=\"javascript:alert(2)\">b</a>";

	static final String MORE_MARKUP = "<p onclick=alert(3)>p</p><iframe src=//evil.example></iframe><svg onload=alert(4)>"
			+ "<style>*{}</style>";

	/** For the fields too small for the others (a figure's prefix). */
	static final String TINY = "\"><b>";

	static final List<String> LINKS = List.of("javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
			"data:text/html,<script>alert(1)</script>", "https://exemple.bi/\"><script>alert(1)</script>");

	@Autowired
	PageCache pageCache;

	List<String> pages;

	/** Runs after {@link MockMvcSuite}'s set-up, which made the fixtures. */
	@BeforeAll
	void pages() {
		// a query string keeps these pages out of the page cache; it is emptied after each test anyway
		this.pages = new ArrayList<>(List.of("/?v=1", "/programmes?v=1", "/projets?v=1", "/partenaires?v=1",
				"/zones-d-intervention?v=1", "/services?v=1", "/missions?v=1", "/contact?v=1", "/en/missions?v=1",
				"/admin", "/admin/journal", "/actualites?v=1", "/actualites/" + this.fixtures.newsSlug + "?v=1",
				"/admin/actualites", "/admin/actualites/" + this.fixtures.news + "/apercu",
				"/admin/resultats/" + this.fixtures.keyResult + "/periodes"));
		// the programme and project pages that show the records the edit forms change
		this.jdbc.queryForList("""
				select distinct id from programme where id in (?, (select min(id) from programme),
				(select programme_id from key_result order by id limit 1),
				(select min(programme_id) from programme_zone where zone_id = (select min(id) from zone)),
				(select min(programme_id) from programme_organisation where organisation_id = (select min(id) from organisation)),
				(select min(programme_id) from programme_target_group where target_group_id = (select min(id) from target_group)))
				order by id""", Long.class, this.fixtures.programme)
			.forEach(id -> this.pages.add("/admin/programmes/" + id + "/apercu"));
		this.jdbc.queryForList("""
				select distinct id from project where id in (?, (select min(id) from project),
				(select min(project_id) from project_zone where zone_id = (select min(id) from zone)),
				(select min(project_id) from project_organisation where organisation_id = (select min(id) from organisation)))
				order by id""", Long.class, this.fixtures.project)
			.forEach(id -> this.pages.add("/admin/projets/" + id + "/apercu"));
	}

	@AfterEach
	void emptyThePageCache() {
		this.pageCache.invalidateAll();
	}

	/** The edit forms of content, settings and accounts. */
	Stream<Form> editForms() {
		return Forms.withFields()
			.stream()
			.filter(f -> f.role() != null && f.pattern().startsWith("/admin/") && !f.pattern().endsWith("/nouveau")
					&& f.baseline().equals(f.pattern()) && !f.pattern().equals("/admin/mot-de-passe")
					// a budget line has no free text: an amount, a currency code, dates and choices, all validated
					&& !f.pattern().contains("/budget")
					// a one-time code is checked, never stored
					&& !f.pattern().startsWith("/admin/compte/second-facteur")
					// a redirect's addresses refuse markup outright (redirect/RedirectPathsTests)
					&& !f.pattern().startsWith("/admin/redirections")
					// a restore posts only a version number: what it stores is a kept revision, whose
					// fields were checked by their own form (RevisionsFullStackTests)
					&& !f.pattern().startsWith("/admin/revisions/"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("editForms")
	void markupSavedInAnyFieldNeverRunsOnAnyPage(Form form) {
		String url = this.fixtures.url(form.pattern());
		FormPage page = this.submissions.page(form, url);
		Map<String, List<String>> valid = this.submissions.valid(form, page, this.context);
		List<String> failures = new ArrayList<>();
		int saved = 0;
		for (Field field : page.fields) {
			if (!List.of("text", "textarea", "url", "email", "tel").contains(field.kind())) {
				continue;
			}
			boolean link = field.kind().equals("url") || field.name().toLowerCase(Locale.ROOT).endsWith("url")
					|| field.name().equals("website");
			int savedInField = 0;
			for (String value : link ? LINKS : List.of(MARKUP, MORE_MARKUP, TINY)) {
				if (value.equals(TINY) && savedInField > 0) {
					continue;
				}
				Map<String, List<String>> params = new LinkedHashMap<>(valid);
				params.put(field.name(), List.of(value));
				String label = form + " " + field.name() + " = " + value;
				savedInField += this.submissions.rolledBack(() -> saveAndRead(form, url, params, field.name(), value,
						label, failures));
			}
			saved += savedInField;
		}
		assertThat(failures).as("markup saved through %s", form).isEmpty();
		if (form.role() == StaffRole.EDITOR) {
			assertThat(saved).as("values with markup %s accepted", form).isPositive();
		}
	}

	private int saveAndRead(Form form, String url, Map<String, List<String>> params, String field, String value,
			String label, List<String> failures) {
		var request = this.mvc.post().uri(url).with(csrf()).with(Submissions.as(this.fixtures, form.role()));
		for (var param : params.entrySet()) {
			request = request.param(param.getKey(), param.getValue().toArray(String[]::new));
		}
		MvcTestResult saved = request.exchange();
		if (saved.getResponse().getStatus() != 302) {
			return 0;
		}
		this.entityManager.flush();
		this.entityManager.clear();
		// an edit form shows the value back; a list's form to add one starts empty again
		if (!form.pattern().endsWith("/objectifs") && !form.pattern().endsWith("/phases")
				&& !form.pattern().endsWith("/periodes")) {
			List<String> shown = this.submissions.page(form, url).values.getOrDefault(field, List.of());
			if (!shown.equals(List.of(value.strip()))) {
				failures.add(label + ": not shown back as typed but as " + shown);
			}
		}
		for (String path : this.pages) {
			var get = this.mvc.get().uri(path);
			if (path.startsWith("/admin")) {
				get = get.with(Submissions.as(this.fixtures, StaffRole.ADMINISTRATOR));
			}
			MvcTestResult result = get.exchange();
			if (result.getResponse().getStatus() != 200) {
				failures.add(label + ": " + path + " answered " + result.getResponse().getStatus());
				continue;
			}
			liveCode(Submissions.body(result)).forEach(p -> failures.add(label + ": " + path + " " + p));
		}
		return 1;
	}

	@Test
	void aVisitorsMarkupReachesTheInboxAsText() {
		String email = "balises-" + System.nanoTime() + "@exemple.bi";
		List<String> failures = new ArrayList<>();
		this.submissions.rolledBack(() -> {
			assertThat(this.mvc.post()
				.uri("/contact")
				.with(csrf())
				.param("name", MARKUP)
				.param("email", email)
				.param("subject", "SUPPORT")
				.param("message", MARKUP + MORE_MARKUP)
				.param("token", ContactFormTokens.oldEnough(this.context))).hasRedirectedUrl("/contact/merci");
			long id = this.jdbc.queryForObject("select id from contact_message where email = ?", Long.class, email);
			var inboxHandler = Submissions.as(this.fixtures, StaffRole.INBOX_HANDLER);
			assertThat(this.mvc.post().uri("/admin/messages/" + id + "/notes").with(csrf()).with(inboxHandler)
				.param("note", MORE_MARKUP + MARKUP)).hasStatus3xxRedirection();
			for (String path : List.of("/admin/messages", "/admin/messages/" + id, "/admin")) {
				MvcTestResult page = this.mvc.get().uri(path).with(inboxHandler).exchange();
				liveCode(Submissions.body(page)).forEach(p -> failures.add(path + " " + p));
			}
			String shown = Jsoup.parse(Submissions.body(this.mvc.get().uri("/admin/messages/" + id).with(inboxHandler)
				.exchange())).text();
			assertThat(shown).as("the message and the note, as text").contains(MARKUP, MORE_MARKUP + MARKUP);
			MvcTestResult export = this.mvc.get().uri("/admin/messages/" + id + "/export").with(inboxHandler).exchange();
			assertThat(export).hasStatusOk().hasContentTypeCompatibleWith("text/plain");
			assertThat(export).headers().hasValue("X-Content-Type-Options", "nosniff");
			assertThat(export.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
			return null;
		});
		assertThat(failures).isEmpty();
	}

	/**
	 * Whatever in a page could run: scripts in the page (the JSON-LD data block aside: markup that
	 * broke out of it would be a script of its own), handlers, frames, script links.
	 */
	static List<String> liveCode(String html) {
		Document document = Jsoup.parse(html);
		String outsideData = html;
		for (Element data : document.select("script[type=application/ld+json]")) {
			// a JSON string may hold "<script>" (escaped as "<\/script>"): data, never run
			outsideData = outsideData.replace(data.data(), "");
		}
		List<String> problems = new ArrayList<>(Payloads.problemsIn(outsideData));
		for (Element element : document.getAllElements()) {
			String tag = element.tagName();
			boolean data = element.attr("type").equals("application/ld+json");
			if ((tag.equals("script") && !element.hasAttr("src") && !data) || tag.equals("iframe") || tag.equals("object")
					|| tag.equals("embed") || tag.equals("style")) {
				problems.add("has <" + tag + ">");
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String target = attribute.getValue().replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
				if (name.startsWith("on")) {
					problems.add("has an event handler " + name + " on <" + tag + ">");
				}
				if (List.of("href", "src", "action", "formaction", "xlink:href").contains(name)
						&& (target.startsWith("javascript:") || target.startsWith("data:text") || target.startsWith("vbscript:"))) {
					problems.add("links to " + attribute.getValue());
				}
			}
		}
		return problems;
	}

}
