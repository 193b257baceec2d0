package bi.ppsm.site.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.BudgetLineRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The CSV exports for donor reports, on the whole application and the seed; rolled back. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProjectRepository projects;

	@Autowired
	BudgetLineRepository lines;

	@Test
	void theProjectsFileHoldsTheKeyFactsForFrenchExcelAndNoFormula() {
		Project p = this.projects.findBySlug("tura-utuze").orElseThrow();
		p.setCode("=cmd|' /C calc'!A0");
		p.getSectors().add(new SectorShare("12340", new BigDecimal("100")));
		this.lines.save(new BudgetLine(p, BudgetKind.TOTAL, new BigDecimal("15279230.50"), "EUR"));
		this.projects.flush();
		p.getBudgetLines().add(this.lines.findByProjectOrderByPositionAscIdAsc(p).get(0));
		MvcTestResult result = this.mvc.get().uri("/admin/exports/projets.csv").with(user("e@test").roles("EDITOR")).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", "projets.csv");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFCode;Nom court;Nom;Programme;Statut");
		assertThat(csv.lines().count()).isEqualTo(11);
		String tura = csv.lines().filter(l -> l.contains("Tura Utuze")).findFirst().orElseThrow();
		assertThat(tura).startsWith("'=cmd|' /C calc'!A0;").contains(";En cours;oui;",
				"12340 Promotion de la santé mentale et du bien-être (100 %)", "15279230,5 EUR", "/projets/tura-utuze");
	}

	@Test
	void theResultsFileHoldsBaselineTargetAndActual() {
		MvcTestResult result = this.mvc.get().uri("/admin/exports/resultats.csv").with(user("e@test").roles("EDITOR")).exchange();
		assertThat(result).hasStatusOk();
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("Valeur de départ", "Valeur attendue", "Valeur atteinte",
				"Pourcentage");
		assertThat(csv).contains(";bénéficiaires;;;5521;5953;108;;");
	}

	@Test
	void visitorsCannotDownloadThem() {
		assertThat(this.mvc.get().uri("/admin/exports/projets.csv")).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/admin/exports/resultats.csv").with(user("i@test").roles("INBOX_HANDLER")))
			.hasStatus(403);
	}

}
