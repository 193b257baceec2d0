package bi.ppsm.site.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.project.ProjectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Admin forms fed with values no browser sends: never a 5xx, the form comes back with a French
 * error and what was typed, and nothing is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CraftedAdminInputTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProjectRepository projects;

	@Test
	void projectFormWithWrongTypesComesBackWithErrors() {
		long id = this.projects.findBySlug("isange").orElseThrow().getId();
		MvcTestResult result = this.mvc.post()
			.uri("/admin/projets/" + id)
			.with(user("e@test.bi").roles("EDITOR"))
			.with(csrf())
			.param("programme", "abc")
			.param("slug", "isange")
			.param("name", "Projet Isange <script>alert(1)</script>")
			.param("status", "N'IMPORTE QUOI")
			.param("published", "peut-être")
			.param("start", "pas-une-date")
			.param("startPrecision", "SIECLE")
			.param("zones", "x", "1")
			.param("version", "zéro")
			.exchange();
		assertThat(result).hasStatus2xxSuccessful();
		assertThat(result).bodyText()
			.contains("Projet Isange &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(this.projects.findBySlug("isange").orElseThrow().getName()).isEqualTo("Projet Isange");
	}

	@Test
	void oneUnknownChoiceInAnOtherwiseValidFormIsAFieldError() {
		var project = this.projects.findBySlug("isange").orElseThrow();
		for (String[] bad : new String[][] { { "status", "BOGUS" }, { "published", "abc" }, { "startPrecision", "SIECLE" },
				{ "start", "2020-13-45" } }) {
			MvcTestResult result = this.mvc.post()
				.uri("/admin/projets/" + project.getId())
				.with(user("e@test.bi").roles("EDITOR"))
				.with(csrf())
				.param("programme", project.getProgramme().getId().toString())
				.param("slug", "isange")
				.param("name", "Projet Isange")
				.param("version", Integer.toString(project.getVersion()))
				.param(bad[0], bad[1])
				.param("status", bad[0].equals("status") ? new String[0] : new String[] { "FINISHED" })
				.exchange();
			assertThat(result.getResponse().getStatus()).as(bad[0]).isLessThan(500);
		}
		assertThat(this.projects.findBySlug("isange").orElseThrow().getVersion()).isEqualTo(project.getVersion());
	}

	@Test
	void everyAdminFormSurvivesGarbage() {
		String[] forms = { "/admin/programmes/nouveau", "/admin/projets/nouveau", "/admin/resultats/nouveau",
				"/admin/organisations/nouveau", "/admin/zones/nouveau", "/admin/groupes-cibles/nouveau",
				"/admin/services/nouveau", "/admin/missions/nouveau", "/admin/perspectives/nouveau",
				"/admin/chiffres/nouveau", "/admin/parametres" };
		for (String form : forms) {
			MvcTestResult result = this.mvc.post()
				.uri(form)
				.with(user("a@test.bi").roles("ADMINISTRATOR"))
				.with(csrf())
				.param("programme", "%00")
				.param("project", "-")
				.param("status", "\r\nX")
				.param("kind", "PLANETE")
				.param("published", "?")
				.param("featured", "?")
				.param("value", "beaucoup")
				.param("achievedValue", "1e999999")
				.param("expectedValue", "NaN")
				.param("asOf", "31/02/2026")
				.param("start", "hier")
				.param("version", "v1")
				.param("parent", "moi")
				.param("funders", "a", "b")
				.exchange();
			assertThat(result.getResponse().getStatus()).as(form).isLessThan(500);
		}
	}

}
