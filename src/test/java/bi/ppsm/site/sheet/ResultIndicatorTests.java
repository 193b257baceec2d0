package bi.ppsm.site.sheet;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.result.KeyResult;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.settings.SiteSettingsRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Key results as indicators: the chart is valid markup above 100 % (no meter past its max), the
 * baseline, type and period show when given and reach the IATI file. Each test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ResultIndicatorTests {

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate seedJdbc;

	@org.junit.jupiter.api.BeforeEach
	void seedProposal() {
		bi.ppsm.site.iati.ProposedSectors.restore(this.seedJdbc);
	}


	@Autowired
	MockMvcTester mvc;

	@Autowired
	KeyResultRepository results;

	@Autowired
	SiteSettingsRepository settings;

	@Test
	void aResultAbove100PercentHasAValidChartAndItsSentence() throws Exception {
		Document page = page("/programmes/rapatriement?v=11");
		assertThat(page.select("meter")).isEmpty();
		Element result = page.select("li.result").first();
		assertThat(result.select(".result-numbers").text().replace('\u202f', ' '))
			.isEqualTo("5 953 bénéficiaires sur un objectif de 5 521 (108 %)");
		Element chart = result.selectFirst("svg.result-chart");
		assertThat(chart.attr("aria-hidden")).isEqualTo("true");
		// on the scale of the larger value: the bar fills it, the target stands at 5 521 / 5 953
		assertThat(chart.selectFirst("rect.result-bar").attr("width")).isEqualTo("100");
		assertThat(chart.selectFirst("line.result-target").attr("x1")).isEqualTo("93");
	}

	@Test
	void aResultBelowItsTargetHasItsBarShorterThanTheTarget() throws Exception {
		KeyResult r = rapatriement();
		r.setAchievedValue(new BigDecimal("2000"));
		this.results.flush();
		Element chart = page("/programmes/rapatriement?v=12").selectFirst("svg.result-chart");
		assertThat(chart.selectFirst("rect.result-bar").attr("width")).isEqualTo("36");
		assertThat(chart.selectFirst("line.result-target").attr("x1")).isEqualTo("100");
	}

	@Test
	void theBaselineTypeAndPeriodAreSavedShownAndExportedAsAnIndicator() throws Exception {
		KeyResult r = rapatriement();
		String url = "/admin/resultats/" + r.getId();
		assertThat(this.mvc.post().uri(url).with(user("e@test").roles("EDITOR")).with(csrf())
			.param("programme", String.valueOf(r.getProgramme().getId())).param("statement", r.getStatement())
			.param("achievedValue", "5953").param("expectedValue", "5521").param("unit", "bénéficiaires")
			.param("baselineValue", "0").param("baselineYear", "2020").param("resultType", "2")
			.param("startYear", "2020").param("startMonth", "4").param("endYear", "2025").param("endMonth", "3")
			.param("endDay", "30").param("version", String.valueOf(r.getVersion()))).hasStatus3xxRedirection();
		KeyResult saved = this.results.findById(r.getId()).orElseThrow();
		assertThat(saved.getResultType()).isEqualTo("2");
		assertThat(saved.getBaselineYear()).isEqualTo(2020);
		assertThat(saved.getPeriod().getEnd()).isEqualTo(LocalDate.of(2025, 3, 30));
		Element result = page("/programmes/rapatriement?v=13").select("li.result").first();
		assertThat(result.select(".result-context").text()).contains("Effet", "Période : Avril 2020 – 30 mars 2025",
				"Situation de départ : 0 en 2020");
		this.settings.get().setIatiIdentifier("BI-NIF-4000123456");
		this.settings.flush();
		String xml = this.mvc.get().uri("/iati/activities.xml").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		bi.ppsm.site.iati.IatiSchemasAccess.validateActivities(xml);
		Element indicator = Jsoup.parse(xml, Parser.xmlParser()).select("result[type=2] indicator").first();
		assertThat(indicator.attr("measure")).isEqualTo("1");
		assertThat(indicator.select("baseline").attr("year")).isEqualTo("2020");
		assertThat(indicator.select("period period-end").attr("iso-date")).isEqualTo("2025-03-30");
		assertThat(indicator.select("period target").attr("value")).isEqualTo("5521");
		assertThat(indicator.select("period actual").attr("value")).isEqualTo("5953");
	}

	@Test
	void valuesPerPeriodAreATableOnThePageLinesOfTheCsvAndIatiPeriods() throws Exception {
		KeyResult r = rapatriement();
		String base = "/admin/resultats/" + r.getId() + "/periodes";
		// a phase above its target, a future year with an actual value, a phase without dates
		assertThat(this.mvc.post().uri(base).with(user("e@test").roles("EDITOR")).with(csrf()).param("label", "Phase 1")
			.param("startYear", "2020").param("startMonth", "4").param("endYear", "2022").param("baselineValue", "0")
			.param("targetValue", "3000").param("actualValue", "3400").param("comment", "Deux provinces")
			.param("version", "0")).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri(base).with(user("e@test").roles("EDITOR")).with(csrf()).param("startYear", "2099")
			.param("endYear", "2099").param("targetValue", "1500").param("actualValue", "12").param("version", "0"))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri(base).with(user("e@test").roles("EDITOR")).with(csrf()).param("label", "Phase 3")
			.param("targetValue", "2521.5").param("version", "0")).hasStatus3xxRedirection();
		this.results.flush();
		assertThat(this.mvc.get().uri("/admin/resultats/" + r.getId()).with(user("e@test").roles("EDITOR"))).bodyText()
			.contains("Valeurs par période (3)");

		Element table = page("/programmes/rapatriement?v=14").select("li.result").first().selectFirst("table");
		assertThat(table.selectFirst("caption").text()).isEqualTo("Valeurs par période (bénéficiaires)");
		assertThat(table.select("thead th").eachText()).containsExactly("Période", "Référence", "Cible", "Atteint", "%");
		assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
		assertThat(table.select("tbody th").eachAttr("scope")).containsOnly("row");
		assertThat(table.select("tbody tr").get(0).text().replace('\u202f', ' '))
			.isEqualTo("Phase 1 (Avril 2020 – 2022) 0 3 000 3 400 113 %");
		assertThat(table.select("tbody tr").get(2).text().replace('\u202f', ' ')).isEqualTo("Phase 3 2 521,5");
		// above 100 %: the bar fills the chart and the target stands inside it (valid SVG, no meter)
		Element chart = table.select("tbody tr").get(0).selectFirst("svg");
		assertThat(chart.attr("aria-hidden")).isEqualTo("true");
		assertThat(chart.selectFirst("rect.result-bar").attr("width")).isEqualTo("100");
		assertThat(chart.selectFirst("line.result-target").attr("x1")).isEqualTo("88");

		String csv = new String(this.mvc.get().uri("/admin/exports/resultats.csv").with(user("e@test").roles("EDITOR"))
			.exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("Libellé de la période", "Commentaire");
		assertThat(csv).contains(";bénéficiaires;0;;3000;3400;113;2020-04;2022;Phase 1;Deux provinces",
				";bénéficiaires;;;1500;12;1;2099;2099;;", ";bénéficiaires;;;2521,5;;;;;Phase 3;");

		this.settings.get().setIatiIdentifier("BI-NIF-4000123456");
		this.settings.flush();
		String xml = this.mvc.get().uri("/iati/activities.xml").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		bi.ppsm.site.iati.IatiSchemasAccess.validateActivities(xml);
		Element indicator = Jsoup.parse(xml, Parser.xmlParser()).select("indicator").stream()
			.filter(i -> i.selectFirst("title narrative").text().contains("bénéficiaires rejoints, dont"))
			.findFirst()
			.orElseThrow();
		assertThat(indicator.select("baseline").eachAttr("year")).containsExactly("2020");
		assertThat(indicator.select("baseline").attr("value")).isEqualTo("0");
		// the dated periods only; the future one without its actual value
		assertThat(indicator.select("period")).hasSize(2);
		Element phase1 = indicator.select("period").get(0);
		assertThat(phase1.select("period-start").attr("iso-date")).isEqualTo("2020-04-01");
		assertThat(phase1.select("period-end").attr("iso-date")).isEqualTo("2022-12-31");
		assertThat(phase1.select("target").attr("value")).isEqualTo("3000");
		assertThat(phase1.select("actual").attr("value")).isEqualTo("3400");
		Element future = indicator.select("period").get(1);
		assertThat(future.select("target").attr("value")).isEqualTo("1500");
		assertThat(future.select("actual")).isEmpty();
		String admin = this.mvc.get().uri("/admin/iati").with(user("e@test").roles("EDITOR")).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(admin).contains("la période « Phase 3 » n’est pas exportée",
				"n’a pas encore commencé, sa valeur atteinte n’est pas exportée");
	}

	@Test
	void aTypeNotInIatisListIsRefused() {
		KeyResult r = rapatriement();
		assertThat(this.mvc.post().uri("/admin/resultats/" + r.getId()).with(user("e@test").roles("EDITOR")).with(csrf())
			.param("programme", String.valueOf(r.getProgramme().getId())).param("statement", r.getStatement())
			.param("resultType", "7").param("version", String.valueOf(r.getVersion()))).hasStatusOk()
			.bodyText()
			.contains("Choisissez un type de la liste.");
	}

	private KeyResult rapatriement() {
		return this.results.findAll().stream()
			.filter(r -> r.getStatement().contains("bénéficiaires rejoints, dont"))
			.findFirst()
			.orElseThrow();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(url).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
