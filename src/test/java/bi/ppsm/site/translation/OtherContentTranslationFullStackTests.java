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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Translations of the content types beyond programmes, projects, news and documents, on the
 * whole application and the real PostgreSQL: services, missions, perspectives, figures, target
 * groups and the site settings on /en/; a service point in Kirundi on /rn/, branches and
 * organisations; key results; the missing lists and the edit forms' boxes; one read of the
 * translations per type and language per request. The page cache is off so that every view
 * renders; what a test adds (translations, a point, a branch, texts) it removes.
 */
@SpringBootTest(properties = "ppsm.page-cache.enabled=false")
@AutoConfigureMockMvc
class OtherContentTranslationFullStackTests {

	private static final String PREFIX = "Essai traduction ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	Translations translations;

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from content_translation").update();
		this.jdbc.sql("delete from key_result_period where label = 'Phase d''essai'").update();
		this.jdbc.sql("delete from service_point where name like ?").params(PREFIX + "%").update();
		this.jdbc.sql("delete from ppsm_branch where name like ?").params(PREFIX + "%").update();
		this.jdbc.sql("update organisation set description = null where slug = 'unicef'").update();
		this.jdbc.sql("update site_settings set address = null").update();
		this.jdbc.sql("delete from audit_entry where action = 'TRANSLATE' and entity_type = 'service'").update();
	}

	@Test
	void servicesMissionsPerspectivesFiguresTargetGroupsAndSettingsShowInEnglish() {
		long service = id("select id from service where title = 'Accompagnement psychosocial'");
		translate("service", service, "title", "en", "Psychosocial support");
		translate("service", service, "description", "en", "Semi-specialised support by trained psychologists.");
		translate("mission", id("select id from mission where position = 1"), "text", "en",
				"Advocate for psychosocial care and mental health");
		translate("perspective", id("select id from perspective where position = 2"), "text", "en",
				"Advocacy for the field");
		translate("figure", id("select id from headline_figure where label = 'Cas traités'"), "label", "en", "Cases handled");
		translate("target-group", id("select id from target_group where name = 'Les écoles'"), "name", "en", "Schools");
		translate("settings", 1, "tagline", "en", "The platform of psychosocial and mental health actors.");
		this.jdbc.sql("update site_settings set address = 'Avenue de l''Université, Bujumbura'").update();

		Document services = page("/en/services");
		Element translated = card(services, "Psychosocial support");
		assertThat(translated.hasAttr("lang")).isFalse();
		assertThat(translated.selectFirst("h2").hasAttr("lang")).isFalse();
		assertThat(translated.selectFirst("p").text()).isEqualTo("Semi-specialised support by trained psychologists.");
		assertThat(translated.selectFirst("p").hasAttr("lang")).isFalse();
		Element untranslated = card(services, "Plaidoyer");
		assertThat(untranslated.selectFirst("h2").attr("lang")).isEqualTo("fr");
		assertThat(untranslated.selectFirst("p").attr("lang")).isEqualTo("fr");
		assertThat(services.select("[lang=fr]").eachText()).noneMatch(t -> t.contains("Psychosocial support"));
		// the footer: the English tagline, the address (not translated) in French marked as such
		assertThat(services.select("footer p:not([lang])").eachText())
			.contains("The platform of psychosocial and mental health actors.");
		assertThat(services.select("footer li[lang=fr]").eachText()).contains("Avenue de l'Université, Bujumbura");

		Document missions = page("/en/missions");
		Element mission = item(missions, "Advocate for psychosocial care and mental health");
		assertThat(mission.hasAttr("lang")).isFalse();
		assertThat(mission.parent().hasAttr("lang")).isFalse();
		assertThat(item(missions, "Plaider pour la promotion du psychosocial et de la santé mentale")).isNull();
		assertThat(missions.select("#nos-missions ~ ul li[lang=fr]")).hasSizeGreaterThanOrEqualTo(1);
		assertThat(item(missions, "Advocacy for the field").hasAttr("lang")).isFalse();
		assertThat(item(missions, "Plaidoyer pour la promotion du domaine")).isNull();
		assertThat(item(missions, "Schools").hasAttr("lang")).isFalse();
		assertThat(item(missions, "Les écoles")).isNull();
		assertThat(item(missions, "Les associations membres").attr("lang")).isEqualTo("fr");

		Document home = page("/en/");
		Element figure = home.select(".figure-label").stream().filter(e -> e.text().equals("Cases handled")).findFirst()
			.orElseThrow();
		assertThat(figure.hasAttr("lang")).isFalse();
		assertThat(home.select(".figure-label[lang=fr]").eachText()).contains("Nos branches").doesNotContain("Cas traités");
		assertThat(home.selectFirst(".hero .lead").text()).isEqualTo("The platform of psychosocial and mental health actors.");
		assertThat(home.selectFirst(".hero .lead").hasAttr("lang")).isFalse();
		assertThat(home.select("#services ~ ul h3").eachText()).contains("Psychosocial support");
		assertThat(home.select("#missions ~ ul li").eachText()).contains("Advocate for psychosocial care and mental health");

		// French pages keep the French; Kirundi pages show the French (no Kirundi yet), unmarked on their French page
		Document french = page("/services");
		assertThat(card(french, "Accompagnement psychosocial").selectFirst("h2").hasAttr("lang")).isFalse();
		assertThat(card(french, "Psychosocial support")).isNull();
		Document kirundi = page("/rn/services");
		assertThat(card(kirundi, "Accompagnement psychosocial").selectFirst("h2").hasAttr("lang")).isFalse();
	}

	@Test
	void aServicePointShowsInKirundiOnRnAndBranchesAndOrganisationsFollowTheLanguage() {
		long point = this.jdbc.sql("""
				insert into service_point (organisation_id, name, description, services, province_id, address,
				opening_hours, published, verified_on)
				select o.id, ?, 'Écoute et orientation des personnes en détresse.', '{PSYCHOSOCIAL_SUPPORT}',
				(select id from zone where kind = 'PROVINCE' order by id limit 1), 'Près du marché central',
				'Du lundi au vendredi, 8 h – 16 h', true, current_date
				from organisation o where o.slug = 'ppsm' returning id""")
			.params(PREFIX + "Centre d'écoute")
			.query(Long.class)
			.single();
		translate("service-point", point, "name", "rn", "Ikigo co kwumviriza");
		translate("service-point", point, "description", "rn", "Kwumviriza no kuyobora abantu bari mu magorwa.");
		translate("service-point", point, "openingHours", "rn", "Kuva kuwa mbere gushika kuwa gatanu, 8h – 16h");
		translate("service-point", point, "name", "en", "Listening centre");

		Document kirundi = page("/rn/trouver-de-l-aide/" + point);
		Element h1 = kirundi.selectFirst("h1");
		assertThat(h1.text()).isEqualTo("Ikigo co kwumviriza");
		assertThat(h1.attr("lang")).isEqualTo("rn");
		assertThat(kirundi.select("title").text()).startsWith("Ikigo co kwumviriza");
		assertThat(kirundi.select("p[lang=rn]").eachText()).contains("Kwumviriza no kuyobora abantu bari mu magorwa.");
		assertThat(kirundi.select("dd span[lang=rn]").eachText())
			.contains("Kuva kuwa mbere gushika kuwa gatanu, 8h – 16h");
		// the address has no Kirundi version: French, the language of the Kirundi page, so no mark
		Element address = kirundi.select("dd span").stream().filter(e -> e.text().equals("Près du marché central"))
			.findFirst()
			.orElseThrow();
		assertThat(address.hasAttr("lang")).isFalse();

		Document english = page("/en/trouver-de-l-aide/" + point);
		assertThat(english.selectFirst("h1").text()).isEqualTo("Listening centre");
		assertThat(english.selectFirst("h1").hasAttr("lang")).isFalse();
		assertThat(english.select("p[lang=fr]").eachText()).contains("Écoute et orientation des personnes en détresse.");

		long branch = this.jdbc.sql("insert into ppsm_branch (name, address, position) values (?, 'Quartier Rohero', 99) returning id")
			.params(PREFIX + "Antenne de Gitega")
			.query(Long.class)
			.single();
		translate("branch", branch, "name", "en", "Gitega branch");
		Document members = page("/en/membres");
		Element branchName = members.select(".branch h3").stream().filter(e -> e.text().equals("Gitega branch"))
			.findFirst()
			.orElseThrow();
		assertThat(branchName.hasAttr("lang")).isFalse();
		assertThat(branchName.parent().select("span[lang=fr]").eachText()).contains("Quartier Rohero");

		this.jdbc.sql("update organisation set description = 'Agence des Nations Unies pour l''enfance.' where slug = 'unicef'")
			.update();
		translate("organisation", id("select id from organisation where slug = 'unicef'"), "description", "en",
				"The United Nations agency for children.");
		Document partners = page("/en/partenaires");
		Element description = partners.select("p").stream()
			.filter(e -> e.text().equals("The United Nations agency for children."))
			.findFirst()
			.orElseThrow();
		assertThat(description.hasAttr("lang")).isFalse();
		assertThat(page("/partenaires").select("p").eachText()).contains("Agence des Nations Unies pour l'enfance.");
	}

	@Test
	void keyResultsShowTheirEnglishStatement() {
		var result = this.jdbc.sql("""
				select k.id, p.slug from key_result k join programme p on p.id = k.programme_id
				where k.project_id is null and p.published order by k.id limit 1""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		translate("key-result", (Long) result[0], "statement", "en", "Four thousand school and community actors trained.");
		long period = this.jdbc.sql("""
				insert into key_result_period (key_result_id, label, target_value, actual_value, position)
				values (?, 'Phase d''essai', 100, 50, 1) returning id""")
			.params(result[0])
			.query(Long.class)
			.single();
		translate("result-period", period, "label", "en", "Trial phase");
		Document page = page("/en/programmes/" + result[1]);
		Element statement = page.select(".result-statement").stream()
			.filter(e -> e.text().equals("Four thousand school and community actors trained."))
			.findFirst()
			.orElseThrow();
		assertThat(statement.hasAttr("lang")).isFalse();
		assertThat(page.select(".result-statement[lang=fr]")).isNotEmpty();
		Element row = statement.parent().selectFirst(".result-periods tbody th");
		assertThat(row.text()).isEqualTo("Trial phase");
		assertThat(row.select("[lang]")).isEmpty();
		assertThat(page("/programmes/" + result[1]).select(".result-periods tbody th").eachText()).contains("Phase d'essai");
	}

	@Test
	void theMissingListsCountTheseTypesAndTheEditFormsShowWhatIsMissing() {
		long service = id("select id from service where title = 'Accompagnement psychosocial'");
		Document missing = adminPage("/admin/traductions?langue=en");
		for (String type : new String[] { "service", "mission", "perspective", "figure", "target-group", "settings",
				"organisation", "service-point", "branch", "key-result", "result-period" }) {
			assertThat(missing.select("h2#type-" + type)).as(type).hasSize(1);
		}
		assertThat(section(missing, "service").text()).contains("5 fiches sur 5");
		assertThat(section(missing, "service").select("a[href=/admin/traductions/service/" + service + "]")).hasSize(1);
		assertThat(section(missing, "settings").select("a[href=/admin/traductions/settings/1]")).hasSize(1);
		// each type's translation page opens from its list, with the French beside an English and a Kirundi input
		for (String type : new String[] { "service", "mission", "perspective", "figure", "target-group", "settings",
				"key-result" }) {
			Document page = adminPage(section(missing, type).selectFirst("li a").attr("href"));
			var english = page.select("textarea[name^=en], input[name^=en]");
			assertThat(english).as(type).isNotEmpty();
			assertThat(page.select("textarea[name^=rn], input[name^=rn]")).as(type).hasSameSizeAs(english);
			assertThat(page.getElementsContainingOwnText("Retour à la fiche").attr("href")).as(type)
				.startsWith("/admin/")
				.doesNotStartWith("/admin/traductions");
		}

		Document form = adminPage("/admin/traductions/service/" + service);
		MvcTestResult saved = this.mvc.post()
			.uri("/admin/traductions/service/" + service)
			.with(user("editor@ppsm.bi").roles("EDITOR"))
			.with(csrf())
			.param("version", form.select("input[name=version]").val())
			.param("en[title]", "Psychosocial support")
			.param("en[description]", "Semi-specialised support by trained psychologists.")
			.param("rn[title]", "Ugufasha mu vy'imitima")
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/traductions/service/" + service);

		missing = adminPage("/admin/traductions?langue=en");
		assertThat(section(missing, "service").text()).contains("4 fiches sur 5");
		assertThat(section(missing, "service").select("a[href=/admin/traductions/service/" + service + "]")).isEmpty();
		assertThat(adminPage("/admin/services/" + service).select(".translation-box li").eachText())
			.containsExactly("anglais — tout est traduit", "kirundi — 1 champ manquant");
		assertThat(adminPage("/admin/services/" + service).select(".translation-box a").attr("href"))
			.isEqualTo("/admin/traductions/service/" + service);
		assertThat(adminPage("/admin/parametres").select(".translation-box li").eachText())
			.containsExactly("anglais — tout manque", "kirundi — tout manque");
		long mission = id("select id from mission where position = 1");
		assertThat(adminPage("/admin/missions/" + mission).select(".translation-box a").attr("href"))
			.isEqualTo("/admin/traductions/mission/" + mission);
		// a figure's number is no text to translate: its form offers the label only
		long figure = id("select id from headline_figure where label = 'Cas traités'");
		assertThat(adminPage("/admin/traductions/figure/" + figure).select("textarea[name^=en], input[name^=en]"))
			.hasSize(1);
	}

	@Test
	void aPageReadsTheTranslationsOncePerTypeAndLanguage() {
		this.jdbc.sql("""
				insert into content_translation (entity_type, entity_id, field, lang, value)
				select 'service', id, f.field, 'en', 'Translated ' || f.field from service
				cross join (values ('title'), ('description')) as f(field)""").update();
		this.jdbc.sql("""
				insert into content_translation (entity_type, entity_id, field, lang, value)
				select 'mission', id, 'text', 'en', 'Translated mission' from mission""").update();

		clearInvocations(this.translations);
		assertThat(page("/en/").select("#services ~ ul h3").eachText()).containsOnly("Translated title");
		verify(this.translations, times(1)).ofType("service", "en");
		verify(this.translations, times(1)).ofType("mission", "en");
		verify(this.translations, times(1)).ofType("figure", "en");
		verify(this.translations, times(1)).ofType("settings", "en");
		verify(this.translations, never()).ofType(anyString(), eq("rn"));

		clearInvocations(this.translations);
		page("/en/missions");
		verify(this.translations, times(1)).ofType("mission", "en");
		verify(this.translations, times(1)).ofType("perspective", "en");
		verify(this.translations, times(1)).ofType("target-group", "en");

		clearInvocations(this.translations);
		page("/services");
		verify(this.translations, never()).ofType(anyString(), anyString());
	}

	private void translate(String type, long id, String field, String lang, String value) {
		this.jdbc.sql("insert into content_translation (entity_type, entity_id, field, lang, value) values (?, ?, ?, ?, ?)")
			.params(type, id, field, lang, value)
			.update();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static Element card(Document page, String title) {
		return page.select(".card").stream()
			.filter(c -> c.selectFirst("h2") != null && c.selectFirst("h2").text().equals(title))
			.findFirst()
			.orElse(null);
	}

	private static Element item(Document page, String text) {
		return page.select("main li").stream().filter(e -> e.text().equals(text)).findFirst().orElse(null);
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
