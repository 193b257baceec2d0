package bi.ppsm.site.admin;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The long texts visitors read as Markdown get the editor; the page as served (before any
 * script) is a plain, labelled text box, the editor's parts hidden until the script shows them.
 * The preview on the whole application renders what the public page renders.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MarkdownFieldTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	ProjectRepository projects;

	@Test
	void programmeSummaryAndProjectDescriptionHaveTheEditorHiddenWithoutJavaScript() throws Exception {
		long programme = this.programmes.findBySlug("rapatriement").orElseThrow().getId();
		long project = this.projects.findAll().get(0).getId();
		check("/admin/programmes/" + programme, "summary", List.of("cardText"));
		check("/admin/programmes/nouveau", "summary", List.of("cardText"));
		check("/admin/projets/" + project, "description", List.of());
	}

	private void check(String page, String field, List<String> plain) throws Exception {
		MvcTestResult result = this.mvc.get().uri(page).with(user("redactrice@test").roles("EDITOR")).exchange();
		assertThat(result).hasStatusOk();
		Document doc = Jsoup.parse(result.getResponse().getContentAsString());
		Element box = doc.selectFirst(".field.markdown:has(textarea[name=" + field + "])");
		assertThat(box).as("%s of %s uses the markdown fragment", field, page).isNotNull();
		Element textarea = box.selectFirst("textarea#" + field);
		assertThat(doc.selectFirst("label[for=" + field + "]")).isNotNull();
		assertThat(textarea.attr("aria-describedby")).contains(field + "-aide");
		assertThat(box.selectFirst("#" + field + "-aide").text()).startsWith("Texte en Markdown");
		assertThat(box.selectFirst(".markdown-tools").hasAttr("hidden")).as("toolbar hidden without JavaScript").isTrue();
		assertThat(box.selectFirst(".markdown-preview-pane").hasAttr("hidden")).isTrue();
		assertThat(box.selectFirst("dialog.image-chooser").hasAttr("open")).isFalse();
		assertThat(box.select("markdown-toolbar button[type=button]").eachText()).containsExactly("Gras", "Italique",
				"Intertitre", "Liste à puces", "Liste numérotée", "Lien", "Citation", "Image");
		assertThat(box.selectFirst("markdown-toolbar").attr("for")).isEqualTo(field);
		assertThat(box.select("[style]")).as("no style attribute (CSP)").isEmpty();
		assertThat(box.select("input[name], select[name], textarea[name]")).as("the only field").hasSize(1);
		assertThat(doc.select("script[src*=admin-markdown]")).hasSize(1);
		assertThat(doc.select("script[type=module][src*=vendor/markdown-toolbar-element]")).hasSize(1);
		for (String other : plain) {
			assertThat(doc.selectFirst("textarea[name=" + other + "]").closest(".field.markdown"))
				.as("%s stays a plain text box", other)
				.isNull();
		}
	}

	@Test
	void thePreviewRendersWhatThePublicPageRenders() throws Exception {
		String text = "Un **texte** avec [un lien](https://ppsm.bi/) et <script>alert(1)</script>";
		MvcTestResult preview = this.mvc.post()
			.uri("/admin/markdown/apercu")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("texte", text)
			.exchange();
		assertThat(preview).hasStatusOk();
		Document html = Jsoup.parseBodyFragment(preview.getResponse().getContentAsString());
		assertThat(html.select("strong").text()).isEqualTo("texte");
		assertThat(html.select("a[href=https://ppsm.bi/]")).hasSize(1);
		assertThat(html.select("script")).isEmpty();
	}

	@Test
	void visitorsGetABare401AndNoPageToReturnTo() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/markdown/apercu")
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("texte", "**secret**")
			.exchange();
		assertThat(result).hasStatus(401);
		assertThat(result).bodyText().isEmpty();
		assertThat(result.getResponse().getCookie("REDIRECT_URI")).as("never where to go after signing in").isNull();
	}

}
