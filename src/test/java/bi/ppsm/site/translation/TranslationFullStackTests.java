package bi.ppsm.site.translation;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.audit.AuditEntryRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Translations on the whole application and the real PostgreSQL: an editor translates a
 * programme, and its English and Kirundi pages show what exists in their language, the rest in
 * French marked as such; the missing lists and the edit form's box follow.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TranslationFullStackTests {

	private static final String SLUG = "promotion-et-defense-des-droits";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	ProjectRepository projects;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTranslations() {
		this.jdbc.sql("delete from content_translation").update();
	}

	@Test
	void englishPageShowsTheTranslatedFieldsAndMarksTheOthersAsFrench() {
		long id = id();
		translate(id, "Rights promotion and advocacy", "Mental health remains a **concern** in Burundi. More text.",
				"Kirundi: Guteza imbere uburenganzira.");

		Document english = page("/en/programmes/" + SLUG);
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		Element h1 = english.selectFirst("h1");
		assertThat(h1.text()).isEqualTo("Rights promotion and advocacy");
		assertThat(h1.hasAttr("lang")).isFalse();
		Element summary = english.selectFirst(".prose");
		assertThat(summary.select("strong").text()).isEqualTo("concern");
		assertThat(summary.hasAttr("lang")).isFalse();
		assertThat(english.select("title").text()).startsWith("Rights promotion and advocacy |");
		assertThat(english.select("meta[property=og:title]").attr("content")).isEqualTo("Rights promotion and advocacy");
		assertThat(english.select("meta[name=description]").attr("content"))
			.isEqualTo("Mental health remains a **concern** in Burundi.");
		// the projects note has no English version: French, marked as such
		Element note = english.select("p[lang=fr]").stream()
			.filter(p -> p.text().startsWith("Projet en cours"))
			.findFirst()
			.orElseThrow();
		assertThat(note.attr("lang")).isEqualTo("fr");
		assertThat(english.select("[lang=fr]").eachText()).noneMatch(t -> t.contains("Rights promotion"));

		Document kirundi = page("/rn/programmes/" + SLUG);
		assertThat(kirundi.selectFirst(".prose").attr("lang")).isEqualTo("rn");
		assertThat(kirundi.selectFirst(".prose").text()).isEqualTo("Kirundi: Guteza imbere uburenganzira.");
		assertThat(kirundi.selectFirst("h1").hasAttr("lang")).isFalse();
		assertThat(kirundi.selectFirst("h1").text()).isEqualTo("Promotion et défense des droits");

		Document french = page("/programmes/" + SLUG);
		assertThat(french.selectFirst("h1").text()).isEqualTo("Promotion et défense des droits");
		assertThat(french.select("[lang=en], [lang=rn]").select("main *")).isEmpty();

		Document list = page("/en/programmes");
		assertThat(list.select(".programme-list h2").eachText()).contains("Rights promotion and advocacy");
		assertThat(list.select(".programme-list h2[lang=fr]").eachText()).contains("Rapatriement")
			.doesNotContain("Rights promotion and advocacy");
	}

	@Test
	void savingIsAuditedWithTheChangedFieldsAndListsAndBoxFollow() {
		long id = id();
		assertThat(adminPage("/admin/traductions?langue=en").select("a[href=/admin/traductions/programme/" + id + "]"))
			.hasSize(1);
		translate(id, "Rights promotion and advocacy", "Summary in English.", "");

		var entry = this.audit.findAll().stream()
			.filter(e -> "TRANSLATE".equals(e.getAction()) && String.valueOf(id).equals(e.getEntityId()))
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(entry.getChangedFields()).isEqualTo("name=en, summary=en");
		assertThat(entry.getActor()).isEqualTo("editor@ppsm.bi");

		Document missing = adminPage("/admin/traductions?langue=en");
		Element link = missing.selectFirst("a[href=/admin/traductions/programme/" + id + "]");
		assertThat(link.parent().text()).contains("Note sur les projets").doesNotContain("Résumé");

		Document form = adminPage("/admin/programmes/" + id);
		assertThat(form.select(".translation-box li").eachText()).containsExactly("anglais — 1 champ manquant",
				"kirundi — tout manque");
		assertThat(form.select(".translation-box a").attr("href")).isEqualTo("/admin/traductions/programme/" + id);

		// emptying a field deletes its translation: the French shows again
		translate(id, "", "Summary in English.", "");
		assertThat(this.jdbc.sql("select count(*) from content_translation").query(Long.class).single()).isEqualTo(1);
		assertThat(page("/en/programmes/" + SLUG).selectFirst("h1").attr("lang")).isEqualTo("fr");
	}

	@Test
	void projectTranslationsReachTheProjectPageAndTheProgrammePagesThatListIt() {
		long id = this.projects.findBySlug("isange").orElseThrow().getId();
		Document form = adminPage("/admin/traductions/project/" + id);
		assertThat(form.select("legend").eachText()).contains("Nom du projet", "Nom court", "Description", "Contexte",
				"Résultats attendus", "Leçons apprises", "Coordination avec d’autres acteurs");
		MvcTestResult result = this.mvc.post()
			.uri("/admin/traductions/project/" + id)
			.with(user("editor@ppsm.bi").roles("EDITOR"))
			.with(csrf())
			.param("version", form.select("input[name=version]").val())
			.param("en[name]", "Isange project")
			.param("en[description]", "A finished project of the *Repatriation* programme.")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);

		Document english = page("/en/projets/isange");
		assertThat(english.selectFirst("h1").text()).isEqualTo("Isange project");
		assertThat(english.selectFirst("h1").hasAttr("lang")).isFalse();
		assertThat(english.select(".prose em").eachText()).contains("Repatriation");
		assertThat(english.select("meta[property=og:title]").attr("content")).isEqualTo("Isange project");
		Document programme = page("/en/programmes/rapatriement");
		Element link = programme.selectFirst("main a[href=/en/projets/isange]");
		assertThat(link.text()).isEqualTo("Isange project");
		assertThat(link.closest("[lang]").attr("lang")).isEqualTo("en");
	}

	@Test
	void everyTranslatedContentTypeHasItsMissingList() {
		Document missing = adminPage("/admin/traductions?langue=en");
		assertThat(missing.select(".translation-missing h2").eachText()).containsExactly("Programmes", "Projets",
				"Actualités", "Documents", "Services", "Missions", "Perspectives", "Chiffres clés", "Groupes cibles",
				"Paramètres du site", "Organisations", "Points de service", "Antennes", "Résultats clés",
				"Périodes des résultats clés", "Objectifs des programmes", "Phases des projets");
	}

	private void translate(long id, String name, String summary, String kirundiSummary) {
		Document form = adminPage("/admin/traductions/programme/" + id);
		String version = form.select("input[name=version]").val();
		MvcTestResult result = this.mvc.post()
			.uri("/admin/traductions/programme/" + id)
			.with(user("editor@ppsm.bi").roles("EDITOR"))
			.with(csrf())
			.param("version", version)
			.param("en[name]", name)
			.param("en[summary]", summary)
			.param("rn[summary]", kirundiSummary)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/traductions/programme/" + id);
	}

	private Document adminPage(String path) {
		MvcTestResult result = this.mvc.get().uri(path).with(user("editor@ppsm.bi").roles("EDITOR")).exchange();
		return parse(result);
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		return parse(result);
	}

	private static Document parse(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long id() {
		return this.programmes.findBySlug(SLUG).orElseThrow().getId();
	}

}
