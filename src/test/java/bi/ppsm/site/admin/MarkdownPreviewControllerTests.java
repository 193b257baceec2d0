package bi.ppsm.site.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The live preview of the Markdown editor: what visitors would see, sanitised, for staff only. */
@WebSliceTest(MarkdownPreviewController.class)
class MarkdownPreviewControllerTests {

	private static final String URL = "/admin/markdown/apercu";

	@Autowired
	MockMvcTester mvc;

	MvcTestResult preview(String text) {
		return this.mvc.post().uri(URL).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("texte", text).exchange();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theTextComesBackAsTheHtmlOfThePublicPages() {
		MvcTestResult result = preview("## Nos actions\n\nUn texte **important** et *nuancé* :\n\n- un\n- deux\n\n"
				+ "> Une citation\n\n[Le site](https://ppsm.bi/)");
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/html").contains("UTF-8");
		assertThat(result).bodyText()
			.contains("<h2>Nos actions</h2>")
			.contains("<strong>important</strong>")
			.contains("<em>nuancé</em>")
			.contains("<li>un</li>")
			.contains("<blockquote>")
			.contains("href=\"https://ppsm.bi/\"");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void scriptsHandlersAndJavascriptLinksNeverComeBack() throws Exception {
		MvcTestResult result = preview("Bonjour <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
				+ "[clic](javascript:alert(3)) <a href=\"javascript:alert(4)\">lien</a> "
				+ "<iframe src=\"https://evil.example/\"></iframe><style>body{}</style>");
		assertThat(result).hasStatusOk();
		Document html = Jsoup.parseBodyFragment(result.getResponse().getContentAsString());
		assertThat(html.text()).startsWith("Bonjour").contains("clic");
		assertThat(html.select("script, iframe, style, img")).as("no live markup").isEmpty();
		assertThat(html.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
			.noneMatch(attribute -> attribute.getKey().startsWith("on")
					|| attribute.getValue().toLowerCase().contains("javascript:")));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEmptyTextGivesAnEmptyPreview() {
		assertThat(preview("")).hasStatusOk().bodyText().isEmpty();
		MvcTestResult none = this.mvc.post().uri(URL).with(csrf()).exchange();
		assertThat(none).hasStatusOk().bodyText().isEmpty();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aTextOverTheLimitGetsAFrenchMessage() {
		assertThat(preview("a".repeat(MarkdownPreviewController.MAX_LENGTH))).hasStatusOk();
		MvcTestResult result = preview("a".repeat(MarkdownPreviewController.MAX_LENGTH + 1));
		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(result.getResponse().getContentType()).startsWith("text/plain");
		assertThat(result).bodyText().startsWith("Le texte dépasse 200").endsWith("caractères : il n’est pas prévisualisé.");
	}

	@Test
	void visitorsCannotUseIt() {
		MvcTestResult result = preview("**bonjour**");
		assertThat(result.getResponse().getStatus()).isIn(302, 401);
		assertThat(result).bodyText().doesNotContain("bonjour");
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlersCannotUseIt() {
		assertThat(preview("**bonjour**")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void withoutTheCsrfTokenItIsRefused() throws Exception {
		MvcTestResult result = this.mvc.post().uri(URL).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("texte", "**bonjour**").exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("<strong>");
		assertThat(this.mvc.get().uri(URL).exchange()).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
	}

}
