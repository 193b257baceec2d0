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
