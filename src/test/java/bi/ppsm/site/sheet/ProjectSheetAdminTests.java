package bi.ppsm.site.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;


/**
 * The project sheet's new fields on the whole application and the real PostgreSQL: code, short
 * name, actual dates, sectors with their shares, the texts and IATI's other roles are saved; bad
 * sectors and dates come back with a French error and nothing saved. Each test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProjectSheetAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProjectRepository projects;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyNewFieldIsSavedAndShownBackInTheForm() {
		Project project = this.projects.findBySlug("tura-utuze").orElseThrow();
		long giz = this.organisations.findBySlug("giz").orElseThrow().getId();
		MvcTestResult result = post(project, Map.ofEntries(Map.entry("code", "PPSM-TU-2"),
				Map.entry("shortName", "Tura Utuze"), Map.entry("actualStartYear", "2021"),
				Map.entry("actualStartMonth", "3"), Map.entry("actualStartDay", ""), Map.entry("actualEndYear", "2023"),
				Map.entry("actualEndMonth", ""), Map.entry("actualEndDay", ""), Map.entry("sectors[0]", "12340"),
				Map.entry("sectorShares[0]", "60"), Map.entry("sectors[1]", "15190"),
				Map.entry("sectorShares[1]", "40,0"), Map.entry("background", "Le **contexte**."),
				Map.entry("expectedResults", "Des résultats."), Map.entry("lessonsLearned", "Des leçons."),
				Map.entry("coordination", "Avec le HCR."), Map.entry("accountable", String.valueOf(giz))));
		assertThat(result).hasStatus3xxRedirection();
		Project saved = this.projects.findBySlug("tura-utuze").orElseThrow();
		assertThat(saved.getCode()).isEqualTo("PPSM-TU-2");
		assertThat(saved.getShortName()).isEqualTo("Tura Utuze");
		assertThat(saved.getActualPeriod().getStart()).isEqualTo(LocalDate.of(2021, 3, 1));
		assertThat(saved.getActualPeriod().getStartPrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(saved.getActualPeriod().getEndPrecision()).isEqualTo(DatePrecision.YEAR);
		assertThat(saved.getSectors()).extracting(s -> s.getCode() + "=" + s.getPercentage().stripTrailingZeros().toPlainString())
			.containsExactly("12340=60", "15190=40");
		assertThat(saved.getBackground()).isEqualTo("Le **contexte**.");
		assertThat(saved.getLessonsLearned()).isEqualTo("Des leçons.");
		assertThat(saved.getCoordination()).isEqualTo("Avec le HCR.");
		assertThat(saved.getOrganisations()).anySatisfy(i -> {
			assertThat(i.getRole()).isEqualTo(Role.ACCOUNTABLE);
			assertThat(i.getOrganisation().getId()).isEqualTo(giz);
		});
		// the seeded funders and partners are still there, with their roles
		assertThat(saved.getFunders()).isNotEmpty();
		String form = edit(saved);
		assertThat(form).contains("value=\"PPSM-TU-2\"", "Le **contexte**.");
	}

	@Test
	void aSingleSectorWithoutShareCountsForAll() {
		Project project = this.projects.findBySlug("tura-utuze").orElseThrow();
		assertThat(post(project, Map.of("sectors[0]", "15160"))).hasStatus3xxRedirection();
		assertThat(this.projects.findBySlug("tura-utuze").orElseThrow().getSectors())
			.singleElement()
			.satisfies(s -> assertThat(s.getPercentage()).isEqualByComparingTo(new BigDecimal(100)));
	}

	@Test
	void sharesThatDoNotAddUpTo100AreRefused() {
		Project project = this.projects.findBySlug("tura-utuze").orElseThrow();
		assertThat(post(project, Map.of("sectors[0]", "12340", "sectorShares[0]", "60", "sectors[1]", "15190",
				"sectorShares[1]", "30"))).hasStatusOk()
			.bodyText()
			.contains("doivent faire 100 % en tout (ici : 90 %)");
		assertThat(post(project, Map.of("sectors[0]", "12340", "sectors[1]", "15190"))).hasStatusOk()
			.bodyText()
			.contains("doivent faire 100 %");
		assertThat(post(project, Map.of("sectors[0]", "99999"))).hasStatusOk()
			.bodyText()
			.contains("Le secteur 99999 n’est pas dans la liste du CAD.");
		assertThat(post(project, Map.of("sectors[0]", "12340", "sectors[1]", "12340", "sectorShares[0]", "50",
				"sectorShares[1]", "50"))).hasStatusOk()
			.bodyText()
			.contains("choisi deux fois");
		assertThat(post(project, Map.of("sectors[0]", "12340", "sectorShares[0]", "abc"))).hasStatusOk()
			.bodyText()
			.contains("Écrivez chaque part en pourcentage");
		assertThat(this.projects.findBySlug("tura-utuze").orElseThrow().getSectors()).isEmpty();
	}

	@Test
	void aSectorRowSentTwiceIsRefusedWithoutAnError500() {
		Project project = this.projects.findBySlug("tura-utuze").orElseThrow();
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/admin/projets/" + project.getId())
			.with(user("e@test").roles("EDITOR")).with(csrf());
		// as the security suite does: each field sent again with values that cannot be converted
		FormFields.of(edit(project)).forEach(f -> request.param(f.getKey(), f.getValue(), "abc", "<script>x</script>"));
		MvcTestResult result = this.mvc.perform(request);
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("role=\"alert\"");
		assertThat(this.projects.findBySlug("tura-utuze").orElseThrow().getSectors()).isEmpty();
	}

	@Test
	void anActualEndBeforeTheActualStartIsRefused() {
		Project project = this.projects.findBySlug("tura-utuze").orElseThrow();
		assertThat(post(project, Map.of("actualStartYear", "2024", "actualEndYear", "2022"))).hasStatusOk()
			.bodyText()
			.contains("La fin doit venir après le début.");
		assertThat(post(project, Map.of("actualStartYear", "2024", "actualStartMonth", "13"))).hasStatusOk()
			.bodyText()
			.contains("Choisissez un mois dans la liste.");
		assertThat(this.projects.findBySlug("tura-utuze").orElseThrow().getActualPeriod().isKnown()).isFalse();
	}

	@Test
	void theFormOffersTheUsualSectorsFirstWithTheirFrenchNames() {
		String form = edit(this.projects.findBySlug("tura-utuze").orElseThrow());
		var select = org.jsoup.Jsoup.parse(form).selectFirst("select[name=sectors[0]]");
		assertThat(select.select("optgroup").get(0).select("option")).extracting(o -> o.attr("value"))
			.containsExactly("12340", "15160", "15180", "16010", "72010", "15190", "12220", "11130");
		assertThat(select.select("option[value=12340]").text()).contains("Promotion de la santé mentale et du bien-être");
		assertThat(select.select("optgroup").get(1).select("option[value=12340]")).isEmpty();
		assertThat(org.jsoup.Jsoup.parse(form).select("label[for=sectors0], label[for=sectorShares0], label[for=actualStartYear]"))
			.hasSize(3);
	}

	@Test
	void theMigrationKeepsEverySeededFactAndProposesTheMentalHealthSector() {
		// facts of the seed (V2) as they read before V34
		assertThat(this.jdbc.queryForObject("select count(*) from project", Integer.class)).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select count(*) from programme", Integer.class)).isEqualTo(6);
		assertThat(this.jdbc.queryForList("select role from programme_organisation po join programme p on p.id = po.programme_id "
				+ "where p.slug = 'genre-et-developpement' order by po.position", String.class))
			.containsExactly("FUNDER", "PARTNER");
		assertThat(this.jdbc.queryForList("select ph.name || ':' || ph.status from project_phase ph "
				+ "join project p on p.id = ph.project_id where p.slug = 'tura-utuze' order by ph.position", String.class))
			.containsExactly("Phase I:FINISHED", "Phase II:ONGOING");
		assertThat(this.jdbc.queryForObject("select count(*) from project where code is not null or short_name is not null "
				+ "or actual_start_date is not null or background is not null or iati_identifier is not null", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForList("select distinct code || ':' || proposed from programme_sector", String.class))
			.containsExactly("12340:true");
		assertThat(this.jdbc.queryForObject("select count(*) from project_sector", Integer.class)).isZero();
	}

	private String edit(Project project) {
		try {
			return this.mvc.get().uri("/admin/projets/" + project.getId()).with(user("e@test").roles("EDITOR"))
				.exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult post(Project project, Map<String, String> changes) {
		List<Map.Entry<String, String>> fields = FormFields.with(FormFields.of(edit(project)), changes);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/admin/projets/" + project.getId())
			.with(user("e@test").roles("EDITOR")).with(csrf());
		fields.forEach(f -> request.param(f.getKey(), f.getValue()));
		return this.mvc.perform(request);
	}

}
