package bi.ppsm.site.sheet;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.BudgetLineRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Budget lines of a project, on the whole application and the real PostgreSQL; each test is rolled back. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BudgetAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProjectRepository projects;

	@Autowired
	BudgetLineRepository lines;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLineTypedTheFrenchWayIsSavedListedInFrenchAndAudited() {
		Project project = this.projects.findBySlug("tura-utuze").orElseThrow();
		long pplm = this.organisations.findBySlug("pplm").orElseThrow().getId();
		long phase = project.getPhases().get(1).getId();
		assertThat(this.mvc.post().uri("/admin/projets/" + project.getId() + "/budget").with(editor()).with(csrf())
			.param("kind", "FUNDER_SHARE").param("amount", "15 279 230,00").param("currency", "EUR")
			.param("phase", String.valueOf(phase)).param("funder", String.valueOf(pplm)).param("version", "0"))
			.hasStatus3xxRedirection();
		List<BudgetLine> saved = this.lines.findByProjectOrderByPositionAscIdAsc(project);
		assertThat(saved).singleElement().satisfies(l -> {
			assertThat(l.getAmount()).isEqualByComparingTo(new BigDecimal("15279230.00"));
			assertThat(l.getKind()).isEqualTo(BudgetKind.FUNDER_SHARE);
			assertThat(l.getFunder().getSlug()).isEqualTo("pplm");
			assertThat(l.getPhase().getName()).isEqualTo("Phase II");
		});
		assertThat(this.mvc.get().uri("/admin/projets/" + project.getId() + "/budget").with(editor()))
			.hasStatusOk()
			.bodyText()
			.contains("15\u202f279\u202f230,00\u00a0€", "Part d’un bailleur", "Phase II");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'budget' and action = 'CREATE'",
				Integer.class)).isEqualTo(1);
		assertThat(this.mvc.get().uri("/admin/projets/" + project.getId()).with(editor())).bodyText().contains("Budget (1)");
	}

	@Test
	void badAmountsAndCurrenciesComeBackWithAFrenchErrorAndNothingSaved() {
		Project project = this.projects.findBySlug("tura-utuze").orElseThrow();
		String base = "/admin/projets/" + project.getId() + "/budget";
		assertThat(this.mvc.post().uri(base).with(editor()).with(csrf()).param("kind", "TOTAL").param("amount", "beaucoup")
			.param("currency", "BIF")).hasStatusOk().bodyText().contains("Écrivez un montant en chiffres");
		assertThat(this.mvc.post().uri(base).with(editor()).with(csrf()).param("kind", "TOTAL")
			.param("amount", "1" + "0".repeat(20)).param("currency", "BIF")).hasStatusOk().bodyText()
			.contains("au plus 14 chiffres");
		assertThat(this.mvc.post().uri(base).with(editor()).with(csrf()).param("kind", "TOTAL").param("amount", "10")
			.param("currency", "ZZZ")).hasStatusOk().bodyText().contains("Choisissez une monnaie de la liste.");
		assertThat(this.lines.findByProjectOrderByPositionAscIdAsc(project)).isEmpty();
	}

	@Test
	void aStaleEditIsRefusedAndAnotherProjectsLineIsNotFound() {
		Project project = this.projects.findBySlug("tura-utuze").orElseThrow();
		Project other = this.projects.findBySlug("isange").orElseThrow();
		BudgetLine line = this.lines.saveAndFlush(new BudgetLine(project, BudgetKind.TOTAL, new BigDecimal("1000"), "USD"));
		String url = "/admin/projets/" + project.getId() + "/budget/" + line.getId();
		assertThat(this.mvc.get().uri(url).with(editor())).hasStatusOk().bodyText().contains("1\u202f000,00");
		assertThat(this.mvc.post().uri(url).with(editor()).with(csrf()).param("kind", "TOTAL").param("amount", "2000")
			.param("currency", "USD").param("version", "7")).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/projets/" + other.getId() + "/budget/" + line.getId()).with(editor()))
			.hasStatus(404);
		assertThat(this.mvc.post().uri(url).with(editor()).with(csrf()).param("kind", "DISBURSED").param("amount", "2 000,5")
			.param("currency", "USD").param("version", String.valueOf(line.getVersion()))).hasStatus3xxRedirection();
		assertThat(this.lines.findById(line.getId()).orElseThrow().getAmount()).isEqualByComparingTo("2000.50");
		assertThat(this.mvc.post().uri(url + "/supprimer").with(editor()).with(csrf())).hasStatus3xxRedirection();
		assertThat(this.lines.findById(line.getId())).isEmpty();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("e@test").roles("EDITOR");
	}

}
