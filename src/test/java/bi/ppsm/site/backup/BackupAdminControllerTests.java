package bi.ppsm.site.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The backups page on real files in a real directory (the service that runs pg_dump is mocked:
 * BackupAndRestoreIT runs it for real): listing with checksum status, downloads of backup files
 * only, nothing outside the directory, administrators only, clear French messages.
 */
@WebSliceTest(BackupAdminController.class)
class BackupAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Backups backups;

	@TempDir
	Path root;

	private Path dir;

	@BeforeEach
	void backupDirectory() throws IOException {
		this.dir = this.root.resolve("backups");
		Files.createDirectories(this.dir);
		given(this.backups.directory()).willReturn(new BackupDirectory(this.dir));
		given(this.backups.enabled()).willReturn(true);
	}

	private Path backup(String name, String content, boolean checksum) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, content);
		if (checksum) {
			Files.writeString(this.dir.resolve(name + ".sha256"), BackupDirectory.sha256(file) + "  " + name + "\n");
		}
		return file;
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void listsBackupsWithTheirChecksumStatus() throws Exception {
		backup("ppsm-20261130-020000.dump", "PGDMP bonne", true);
		Path damaged = backup("ppsm-20261129-020000.dump", "PGDMP abimee", true);
		Files.writeString(damaged, "PGDMP abîmée");
		backup("ppsm-20261128-020000.dump", "PGDMP sans somme", false);
		Files.writeString(this.dir.resolve("notes.txt"), "pas une sauvegarde");
		given(this.backups.list()).willAnswer(i -> new BackupDirectory(this.dir).list());
		given(this.backups.tools()).willReturn(new PgClient(Path.of("pg_dump"), Path.of("pg_restore"), 17));

		MvcTestResult page = this.mvc.get().uri("/admin/sauvegardes").exchange();

		assertThat(page).hasStatusOk().hasViewName("admin/backup/list");
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("ppsm-20261130-020000.dump", "vérifiée", "ne correspond pas : fichier endommagé",
				"absente", "Sauvegarder maintenant", "PostgreSQL 17", this.dir.toString())
			.doesNotContain("notes.txt");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void saysClearlyWhenPgDumpIsMissingOrTheLastBackupFailed() throws Exception {
		given(this.backups.list()).willReturn(java.util.List.of());
		willThrow(new PgClient.Unusable("pg_dump 15 ne peut pas sauvegarder PostgreSQL 17 : il faut pg_dump 17"))
			.given(this.backups).tools();
		given(this.backups.lastFailure()).willReturn(new Backups.Failure(Instant.now(), "La sauvegarde a échoué : disque plein"));

		MvcTestResult page = this.mvc.get().uri("/admin/sauvegardes").exchange();

		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getContentAsString()).contains("pg_dump manque ou est trop ancien",
				"pg_dump 15 ne peut pas sauvegarder PostgreSQL 17", "PPSM_BACKUP_PG_BIN",
				"La dernière sauvegarde a échoué", "disque plein", "Aucune sauvegarde");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void backUpNowRedirectsWithTheNewFileOrTheFailure() throws Exception {
		given(this.backups.backUp()).willReturn("ppsm-20261201-101500.dump");
		assertThat(this.mvc.post().uri("/admin/sauvegardes").with(csrf())).hasRedirectedUrl("/admin/sauvegardes")
			.flash()
			.containsEntry("flash", "admin.backup.done")
			.containsEntry("flashName", "ppsm-20261201-101500.dump");

		given(this.backups.backUp()).willThrow(new Backups.BackupFailed("La sauvegarde a échoué : pg_dump a échoué (code 1)"));
		assertThat(this.mvc.post().uri("/admin/sauvegardes").with(csrf())).hasRedirectedUrl("/admin/sauvegardes")
			.flash()
			.containsEntry("backupError", "La sauvegarde a échoué : pg_dump a échoué (code 1)");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void backUpNowNeedsTheCsrfToken() throws Exception {
		assertThat(this.mvc.post().uri("/admin/sauvegardes")).hasStatus(HttpStatus.FORBIDDEN);
		verify(this.backups, never()).backUp();
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void downloadsABackupAndItsChecksumAsAttachments() throws Exception {
		backup("ppsm-20261130-020000.dump", "PGDMP contenu", true);

		MvcTestResult download = this.mvc.get().uri("/admin/sauvegardes/ppsm-20261130-020000.dump").exchange();

		assertThat(download).hasStatusOk().hasContentType("application/octet-stream");
		assertThat(download.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"ppsm-20261130-020000.dump\"");
		assertThat(download.getResponse().getContentAsString()).isEqualTo("PGDMP contenu");
		verify(this.backups).downloaded("ppsm-20261130-020000.dump");
		assertThat(this.mvc.get().uri("/admin/sauvegardes/ppsm-20261130-020000.dump.sha256")).hasStatusOk()
			.bodyText()
			.endsWith("  ppsm-20261130-020000.dump\n");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void nothingOutsideTheBackupDirectoryNorOtherFilesIsServed() throws Exception {
		Files.writeString(this.root.resolve("ppsm-20261130-020000.dump"), "SECRET hors du dossier");
		Files.writeString(this.dir.resolve("notes.txt"), "SECRET pas une sauvegarde");
		Files.createSymbolicLink(this.dir.resolve("ppsm-20261127-020000.dump"), this.root.resolve("ppsm-20261130-020000.dump"));
		for (String path : new String[] { "/admin/sauvegardes/notes.txt",
				"/admin/sauvegardes/..%2Fppsm-20261130-020000.dump", "/admin/sauvegardes/ppsm-20261127-020000.dump",
				"/admin/sauvegardes/%2E%2E%2Fppsm-20261130-020000.dump", "/admin/sauvegardes/ppsm-20261130-020000.dump",
				"/admin/sauvegardes/.ppsm-20261130-020000.dump.part" }) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result.getResponse().getStatus()).as(path).isBetween(400, 404);
			assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain("SECRET");
		}
		verify(this.backups, never()).downloaded(org.mockito.ArgumentMatchers.anyString());
		assertThat(new BackupDirectory(this.dir).find("../ppsm-20261130-020000.dump")).isEmpty();
		assertThat(new BackupDirectory(this.dir).find("/etc/passwd")).isEmpty();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsAreRefused() throws Exception {
		backup("ppsm-20261130-020000.dump", "PGDMP contenu", true);
		assertThat(this.mvc.get().uri("/admin/sauvegardes")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/sauvegardes/ppsm-20261130-020000.dump")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/sauvegardes").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		verify(this.backups, never()).backUp();
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlersAreRefused() throws Exception {
		assertThat(this.mvc.get().uri("/admin/sauvegardes")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void withAnExternalDatabaseThePageExplainsHowToEnableBackups() throws Exception {
		given(this.backups.enabled()).willReturn(false);
		given(this.backups.list()).willReturn(java.util.List.of());
		MvcTestResult page = this.mvc.get().uri("/admin/sauvegardes").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getContentAsString()).contains("PPSM_BACKUP_ENABLED=true")
			.doesNotContain("Sauvegarder maintenant");
	}

	@Test
	void checksumFileFormatIsTheOneOfSha256sum() throws Exception {
		Path file = backup("ppsm-20261130-020000.dump", "abc", true);
		assertThat(Files.readString(this.dir.resolve("ppsm-20261130-020000.dump.sha256"), StandardCharsets.US_ASCII))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  ppsm-20261130-020000.dump\n");
		assertThat(BackupDirectory.verify(file)).isEqualTo(BackupDirectory.Checksum.OK);
	}

}
