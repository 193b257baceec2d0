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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Translations of programme objectives and project phases, on the whole application and the real
 * PostgreSQL: an English objective on /en/programmes/{slug} with no French mark while an untranslated
 * one keeps lang="fr"; a phase in Kirundi on /rn/projets/{slug}; the boxes of their edit forms, their
 * sections of the missing lists and their translation pages. What a test adds it removes; the page
 * cache is off so that every view renders.
 */
@SpringBootTest(properties = "ppsm.page-cache.enabled=false")
@AutoConfigureMockMvc
class ObjectiveAndPhaseTranslationFullStackTests {

	private static final String PREFIX = "Essai traduction ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	Translations translations;

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from content_translation where entity_type in ('objective', 'phase')").update();
		this.jdbc.sql("delete from objective where text like ?").params(PREFIX + "%").update();
		this.jdbc.sql("delete from project_phase where name like ?").params(PREFIX + "%").update();
		this.jdbc.sql("delete from audit_entry where action = 'TRANSLATE' and entity_type in ('objective', 'phase')")
			.update();
	}

	@Test
	void anEnglishObjectiveIsUnmarkedOnEnglishPagesAndAnUntranslatedOneKeepsItsFrenchMark() {
		var programme = this.jdbc.sql("select id, slug from programme where published order by id limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long general = objective((Long) programme[0], null, PREFIX + "Renforcer la santé mentale", 90);
		long specific = objective((Long) programme[0], general, PREFIX + "Former les enseignants", 1);
		long alone = objective((Long) programme[0], null, PREFIX + "Écouter les familles", 91);
		translate("objective", general, "text", "en", "Strengthen mental health");
		translate("objective", specific, "text", "en", "Train the teachers");

		clearInvocations(this.translations);
		Document english = page("/en/programmes/" + programme[1]);
		verify(this.translations, times(1)).ofType("objective", "en");
		Element generalText = english.select(".objectives span").stream()
			.filter(e -> e.text().equals("Strengthen mental health"))
			.findFirst()
			.orElseThrow();
		assertThat(generalText.hasAttr("lang")).isFalse();
		assertThat(generalText.parent().hasAttr("lang")).isFalse();
		assertThat(generalText.parent().parent().hasAttr("lang")).isFalse();
		Element specificText = item(english, "Train the teachers");
		assertThat(specificText.hasAttr("lang")).isFalse();
		assertThat(specificText.parent().hasAttr("lang")).isFalse();
		Element untranslated = item(english, PREFIX + "Écouter les familles");
		assertThat(untranslated.attr("lang")).isEqualTo("fr");
		assertThat(english.select("[lang=fr]").eachText()).noneMatch(t -> t.contains("Strengthen mental health"))
			.noneMatch(t -> t.contains("Renforcer la santé mentale"));

		Document french = page("/programmes/" + programme[1]);
		assertThat(item(french, PREFIX + "Former les enseignants").hasAttr("lang")).isFalse();
		assertThat(french.text()).doesNotContain("Strengthen mental health");
		assertThat(item(french, PREFIX + "Écouter les familles").hasAttr("lang")).isFalse();
		assertThat(alone).isPositive();
	}

	@Test
	void aPhaseShowsInKirundiOnRnAndItsStatusStaysInThePageLanguage() {
		var project = this.jdbc.sql("select id, slug from project where published order by id limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long phase = this.jdbc.sql("""
				insert into project_phase (project_id, name, status, position) values (?, ?, 'ONGOING', 90)
				returning id""")
			.params(project[0], PREFIX + "Phase III")
			.query(Long.class)
			.single();
		translate("phase", phase, "name", "rn", "Iciciro ca III");
		translate("phase", phase, "name", "en", "Third phase");

		Document kirundi = page("/rn/projets/" + project[1]);
		Element name = kirundi.select("dd span[lang=rn]").stream()
			.filter(e -> e.text().equals("Iciciro ca III"))
			.findFirst()
			.orElseThrow();
		assertThat(name.parent().text()).startsWith("Iciciro ca III").doesNotContain(PREFIX);
		assertThat(kirundi.text()).doesNotContain(PREFIX + "Phase III");

		clearInvocations(this.translations);
		Document english = page("/en/projets/" + project[1]);
		verify(this.translations, times(1)).ofType("phase", "en");
		Element englishName = english.select("dd span").stream()
			.filter(e -> e.ownText().equals("Third phase"))
			.findFirst()
			.orElseThrow();
		assertThat(englishName.hasAttr("lang")).isFalse();
		assertThat(englishName.parent().text()).isEqualTo("Third phase: ongoing");

		Document french = page("/projets/" + project[1]);
		assertThat(french.select("dd span").eachText()).contains(PREFIX + "Phase III : en cours");
		assertThat(french.text()).doesNotContain("Iciciro ca III");
	}

	@Test
	void theMissingListsAndTheEditFormsShowObjectivesAndPhases() {
		long programme = id("select id from programme order by id limit 1");
		long objective = objective(programme, null, PREFIX + "Objectif à traduire", 90);
		long project = id("select id from project order by id limit 1");
		long phase = this.jdbc.sql("""
				insert into project_phase (project_id, name, status, position) values (?, ?, 'PLANNED', 90)
				returning id""")
			.params(project, PREFIX + "Phase à traduire")
			.query(Long.class)
			.single();

		Document missing = adminPage("/admin/traductions?langue=en");
		Element objectives = section(missing, "objective");
		Element phases = section(missing, "phase");
		assertThat(missing.select("h2[id^=type-]").eachAttr("id")).containsSubsequence("type-result-period",
				"type-objective", "type-phase");
		assertThat(objectives.select("a[href=/admin/traductions/objective/" + objective + "]")).hasSize(1);
		assertThat(phases.select("a[href=/admin/traductions/phase/" + phase + "]")).hasSize(1);

		Document objectiveForm = adminPage("/admin/programmes/" + programme + "/objectifs/" + objective);
		assertThat(objectiveForm.select(".translation-box li").eachText())
			.containsExactly("anglais — tout manque", "kirundi — tout manque");
		assertThat(objectiveForm.select(".translation-box a").attr("href"))
			.isEqualTo("/admin/traductions/objective/" + objective);
		Document translationPage = adminPage("/admin/traductions/objective/" + objective);
		assertThat(translationPage.select("textarea[name^=en], input[name^=en]")).hasSize(1);
		assertThat(translationPage.getElementsContainingOwnText("Retour à la fiche").attr("href"))
			.isEqualTo("/admin/programmes/" + programme + "/objectifs/" + objective);

		Document phasePage = adminPage("/admin/traductions/phase/" + phase);
		MvcTestResult saved = this.mvc.post()
			.uri("/admin/traductions/phase/" + phase)
			.with(user("editor@ppsm.bi").roles("EDITOR"))
			.with(csrf())
			.param("version", phasePage.select("input[name=version]").val())
			.param("en[name]", "Phase to translate")
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/traductions/phase/" + phase);
		assertThat(this.jdbc.sql("select value from content_translation where entity_type = 'phase' and entity_id = ?")
			.params(phase)
			.query(String.class)
			.list()).containsExactly("Phase to translate");

		Document phaseForm = adminPage("/admin/projets/" + project + "/phases/" + phase);
		assertThat(phaseForm.select(".translation-box li").eachText())
			.containsExactly("anglais — tout est traduit", "kirundi — tout manque");
		assertThat(section(adminPage("/admin/traductions?langue=en"), "phase")
			.select("a[href=/admin/traductions/phase/" + phase + "]")).isEmpty();
		assertThat(phasePage.getElementsContainingOwnText("Retour à la fiche").attr("href"))
			.isEqualTo("/admin/projets/" + project + "/phases/" + phase);
	}

	private long objective(long programme, Long parent, String text, int position) {
		return this.jdbc.sql("insert into objective (programme_id, parent_id, text, position) values (?, ?, ?, ?) returning id")
			.params(programme, parent, text, position)
			.query(Long.class)
			.single();
	}

	private void translate(String type, long id, String field, String lang, String value) {
		this.jdbc.sql("insert into content_translation (entity_type, entity_id, field, lang, value) values (?, ?, ?, ?, ?)")
			.params(type, id, field, lang, value)
			.update();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static Element item(Document page, String text) {
		return page.select("main li").stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
	}

	private static Element section(Document page, String type) {
		return page.selectFirst("h2#type-" + type).parent();
	}

	private Document adminPage(String path) {
		return parse(this.mvc.get().uri(path).with(user("editor@ppsm.bi").roles("EDITOR")).exchange());
	}

	private Document page(String path) {
		return parse(this.mvc.get().uri(path).exchange());
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

}
