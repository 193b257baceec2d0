package bi.ppsm.site.backup;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Without pg_dump, on the whole application: the administrators' dashboard and the backups page
 * say so in French and how to fix it, "Sauvegarder maintenant" answers with the reason, never
 * a 500; editors' dashboards stay quiet.
 */
@SpringBootTest(properties = { "ppsm.backup.pg-bin=target/no-such-pg-client", "ppsm.backup.dir=target/test-backups-missing" })
@AutoConfigureMockMvc
class BackupWarningIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void withoutPgDumpAdministratorsAreToldInFrenchAndNothingBreaks() throws Exception {
		MvcTestResult dashboard = this.mvc.get().uri("/admin").with(user("admin@test").roles("ADMINISTRATOR")).exchange();
		assertThat(dashboard).hasStatusOk();
		assertThat(dashboard.getResponse().getContentAsString()).contains("Sauvegardes en échec",
				"pg_dump et pg_restore sont introuvables dans target/no-such-pg-client", "/admin/sauvegardes");

		MvcTestResult page = this.mvc.get().uri("/admin/sauvegardes").with(user("admin@test").roles("ADMINISTRATOR")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getContentAsString()).contains("pg_dump manque ou est trop ancien",
				"PPSM_BACKUP_PG_BIN", "Aucune sauvegarde");

		MvcTestResult now = this.mvc.post().uri("/admin/sauvegardes").with(user("admin@test").roles("ADMINISTRATOR"))
			.with(csrf()).exchange();
		assertThat(now).hasRedirectedUrl("/admin/sauvegardes")
			.flash()
			.hasEntrySatisfying("backupError", error -> assertThat((String) error)
				.startsWith("La sauvegarde a échoué : pg_dump et pg_restore sont introuvables"));

		MvcTestResult editor = this.mvc.get().uri("/admin").with(user("editrice@test").roles("EDITOR")).exchange();
		assertThat(editor).hasStatusOk();
		assertThat(editor.getResponse().getContentAsString()).doesNotContain("Sauvegardes en échec");
	}

}
