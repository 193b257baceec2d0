package bi.ppsm.site.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.BudgetLineRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public project page as a donor's sheet: key facts first (funded by, phase, sector, dates,
 * budget, code, short name), then the filled sections; nothing empty shown for the seed alone.
 * The programme page sums its projects' budgets by currency. Each test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProjectSheetPublicTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProjectRepository projects;

	@Autowired
	BudgetLineRepository lines;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	bi.ppsm.site.result.KeyResultRepository results;

	@Test
	void aFullSheetShowsItsKeyFactsFirstThenItsSections() {
		fill();
		Document page = page("/projets/tura-utuze?v=1");
		assertThat(page.select(".facts dt").eachText()).containsSubsequence("Bailleurs", "Phases", "Secteurs (CAD)",
				"Période prévue", "Période effective", "Budget", "Code du projet", "Nom court", "Statut");
		String facts = plain(page.selectFirst(".facts").text());
		assertThat(facts).contains("12340 · Promotion de la santé mentale et du bien-être (60 %)",
				"15190 · Faciliter la migration", "Budget total : 15 279 230,00 € (Phase II)",
				"Part de PPLM : 1 000 000 BIF", "Décaissé à ce jour : 5 000 000 BIF", "PPSM-TU-2", "Tura Utuze");
		assertThat(page.select("main h2").eachText()).containsSubsequence("Contexte", "Résultats attendus",
				"Leçons apprises", "Coordination avec d’autres acteurs");
		assertThat(page.select("#contexte + .prose strong").text()).isEqualTo("contexte");
	}

	@Test
	void theSeedAloneShowsNoEmptySection() {
		Document page = page("/projets/tura-utuze?v=2");
		assertThat(page.select(".facts dt").eachText()).doesNotContain("Secteurs (CAD)", "Budget", "Code du projet",
				"Nom court", "Période effective");
		assertThat(page.select("#contexte, #resultats-attendus, #lecons, #coordination")).isEmpty();
	}

	@Test
	void englishPagesNameTheSectorInEnglish() {
		fill();
		Document page = page("/en/projets/tura-utuze?v=3");
		assertThat(plain(page.selectFirst(".facts").text())).contains("12340 · Promotion of mental health and well-being",
				"Total budget: 15,279,230.00 €");
	}

	@Test
	void theProgrammePageSumsItsProjectsBudgetsByCurrency() {
		Project tura = this.projects.findBySlug("tura-utuze").orElseThrow();
		Project isange = this.projects.findBySlug("isange").orElseThrow();
		this.lines.save(new BudgetLine(tura, BudgetKind.TOTAL, new BigDecimal("1000000"), "BIF"));
		this.lines.save(new BudgetLine(isange, BudgetKind.TOTAL, new BigDecimal("2500000"), "BIF"));
		this.lines.save(new BudgetLine(isange, BudgetKind.TOTAL, new BigDecimal("10000"), "EUR"));
		this.lines.save(new BudgetLine(isange, BudgetKind.DISBURSED, new BigDecimal("999"), "EUR"));
		this.lines.flush();
		Document page = page("/programmes/rapatriement?v=4");
		assertThat(plain(page.selectFirst(".facts").text())).contains("Budget total des projets", "3 500 000 BIF",
				"10 000,00 €");
	}

	@Test
	void theProgrammePageAddsUpResultsOfTheSameUnit() {
		KeyResult second = this.results.findAll().stream()
			.filter(r -> r.getStatement().startsWith("Sur les bénéficiaires rejoints"))
			.findFirst()
			.orElseThrow();
		second.setExpectedValue(new BigDecimal("100"));
		this.results.flush();
		Document page = page("/programmes/rapatriement?v=5");
		assertThat(plain(page.selectFirst(".facts").text())).contains("Résultats cumulés",
				"9 308 bénéficiaires sur un objectif de 5 621 (166 %), sur 2 résultats");
	}

	private void fill() {
		Project p = this.projects.findBySlug("tura-utuze").orElseThrow();
		p.setCode("PPSM-TU-2");
		p.setShortName("Tura Utuze");
		p.setPeriod(new Period(LocalDate.of(2020, 1, 1), DatePrecision.YEAR, LocalDate.of(2025, 12, 1), DatePrecision.MONTH));
		p.setActualPeriod(new Period(LocalDate.of(2020, 4, 1), DatePrecision.MONTH, null, null));
		p.getSectors().add(new SectorShare("12340", new BigDecimal("60")));
		p.getSectors().add(new SectorShare("15190", new BigDecimal("40")));
		p.setBackground("Le **contexte**.");
		p.setExpectedResults("Des résultats.");
		p.setLessonsLearned("Des leçons.");
		p.setCoordination("Avec le HCR.");
		BudgetLine total = new BudgetLine(p, BudgetKind.TOTAL, new BigDecimal("15279230"), "EUR");
		total.setPhase(p.getPhases().get(1));
		BudgetLine share = new BudgetLine(p, BudgetKind.FUNDER_SHARE, new BigDecimal("1000000"), "BIF");
		share.setFunder(this.organisations.findBySlug("pplm").orElseThrow());
		share.setPosition(2);
		BudgetLine disbursed = new BudgetLine(p, BudgetKind.DISBURSED, new BigDecimal("5000000"), "BIF");
		disbursed.setPosition(3);
		this.lines.save(total);
		this.lines.save(share);
		this.lines.save(disbursed);
		this.projects.flush();
		p.getBudgetLines().addAll(java.util.List.of(total, share, disbursed));
	}

	/** Text with the narrow and plain no-break spaces of amounts read as spaces. */
	private static String plain(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	private Document page(String url) {
		try {
			return Jsoup.parse(this.mvc.get().uri(url).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
