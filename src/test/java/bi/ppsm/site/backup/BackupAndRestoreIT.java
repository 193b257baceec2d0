package bi.ppsm.site.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import bi.ppsm.site.PpsmApplication;
import bi.ppsm.site.document.Document;
import bi.ppsm.site.document.DocumentRepository;
import bi.ppsm.site.document.TestFiles;
import bi.ppsm.site.embeddeddb.StandaloneServer;
import bi.ppsm.site.media.Image;
import bi.ppsm.site.media.ImageRepository;
import bi.ppsm.site.media.TestImages;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A backup restored with the real pg_dump and pg_restore 17 on the real PostgreSQL: an image and a
 * document are uploaded through the back office, an administrator backs up, then a programme is
 * edited and another image and document are uploaded; the backup is restored into a fresh data
 * directory, the whole site is started on it, and its pages and files are as they were at the
 * backup (same rendition and document bytes, the edit undone, the later uploads absent). Also:
 * a damaged backup or a non-empty data directory is refused; the nightly run deletes backups past
 * their days; while another instance holds the advisory lock no backup starts; a restore into an
 * empty external database works and one into a database with tables is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackupAndRestoreIT {

	private static final Path WORK = temporaryDirectory();

	@DynamicPropertySource
	static void backupSettings(DynamicPropertyRegistry registry) {
		registry.add("ppsm.backup.dir", () -> WORK.resolve("backups").toString());
		registry.add("ppsm.backup.pg-bin", TestPgClient::bin);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	ImageRepository images;

	@Autowired
	DocumentRepository documents;

	@Autowired
	Backups backups;

	@Autowired
	ScheduledBackup scheduled;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.springframework.core.env.Environment environment;

	private String originalSummary;

	private Long programmeId;

	@AfterEach
	void undoChanges() {
		this.jdbc.update("delete from image where original_name like 'backup-test-%'");
		this.jdbc.update("delete from document where title like 'Sauvegarde test%'");
		if (this.programmeId != null) {
			this.transactions.executeWithoutResult(s -> this.programmes.findById(this.programmeId)
				.orElseThrow()
				.setSummary(this.originalSummary));
		}
	}

	@AfterAll
	static void removeWork() throws IOException {
		try (Stream<Path> files = Files.walk(WORK)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void aRestoredBackupGivesBackTheSiteAsItWasPagesAndFiles() throws Exception {
		// before the backup: an image and a document, uploaded through the back office
		upload("backup-test-avant.png", TestImages.png(640, 400));
		uploadDocument("Sauvegarde test avant", "avant.pdf", TestFiles.pdf("Avant la sauvegarde"));
		Image image = this.images.findAll().stream().filter(i -> i.getOriginalName().equals("backup-test-avant.png"))
			.findFirst().orElseThrow();
		Document document = this.documents.findAll().stream().filter(d -> d.getTitle().equals("Sauvegarde test avant"))
			.findFirst().orElseThrow();
		String rendition = image.path(image.getWidths()[0], "webp");
		byte[] renditionBytes = bytes(rendition);
		byte[] documentBytes = bytes(document.getDownloadPath());
		assertThat(documentBytes).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
		Programme programme = this.programmes.findAll().stream().filter(Programme::isPublished).findFirst().orElseThrow();
		this.programmeId = programme.getId();
		this.originalSummary = programme.getSummary();

		// an administrator backs up
		MvcTestResult backedUp = this.mvc.post().uri("/admin/sauvegardes").with(user("admin@test").roles("ADMINISTRATOR"))
			.with(csrf()).exchange();
		assertThat(backedUp).hasRedirectedUrl("/admin/sauvegardes").flash().containsKey("flash");
		Path backup = WORK.resolve("backups").resolve((String) backedUp.getMvcResult().getFlashMap().get("flashName"));
		assertThat(BackupDirectory.verify(backup)).isEqualTo(BackupDirectory.Checksum.OK);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'backup' and action = 'CREATE'"
				+ " and entity_label = ? and actor = 'admin@test'", Integer.class, backup.getFileName().toString())).isOne();
		String page = this.mvc.get().uri("/admin/sauvegardes").with(user("admin@test").roles("ADMINISTRATOR"))
			.exchange().getResponse().getContentAsString();
		assertThat(page).contains(backup.getFileName().toString(), "vérifiée");
		MvcTestResult download = this.mvc.get().uri("/admin/sauvegardes/" + backup.getFileName())
			.with(user("admin@test").roles("ADMINISTRATOR")).exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"ppsm-");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(backup));

		// after the backup: an edit and more uploads
		this.transactions.executeWithoutResult(s -> this.programmes.findById(this.programmeId)
			.orElseThrow()
			.setSummary("Résumé changé après la sauvegarde."));
		upload("backup-test-apres.png", TestImages.png(500, 300));
		uploadDocument("Sauvegarde test après", "apres.pdf", TestFiles.pdf("Après la sauvegarde"));
		assertThat(body("/programmes/" + programme.getSlug())).contains("Résumé changé après la sauvegarde.");

		// restored into a fresh data directory, with the command operators use
		Path restored = WORK.resolve("restored");
		assertThat(restore("--restore=" + backup, "--data-dir=" + restored, "--pg-bin=" + TestPgClient.bin()).code)
			.isZero();
		try (ConfigurableApplicationContext site = new SpringApplicationBuilder(PpsmApplication.class)
			.properties("server.port=0", "spring.jmx.enabled=false")
			.run("--ppsm.embedded-db.ephemeral=false", "--ppsm.embedded-db.dir=" + restored, "--ppsm.backup.cron=-")) {
			HttpClient http = HttpClient.newHttpClient();
			String origin = "http://localhost:" + ((WebServerApplicationContext) site).getWebServer().getPort();
			HttpResponse<String> programmePage = http.send(HttpRequest.newBuilder(URI.create(origin + "/programmes/"
					+ programme.getSlug())).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(programmePage.statusCode()).isEqualTo(200);
			assertThat(programmePage.body()).doesNotContain("Résumé changé après la sauvegarde.");
			HttpResponse<byte[]> restoredRendition = http.send(HttpRequest.newBuilder(URI.create(origin + rendition)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(restoredRendition.statusCode()).isEqualTo(200);
			assertThat(restoredRendition.body()).isEqualTo(renditionBytes);
			HttpResponse<byte[]> restoredDocument = http.send(
					HttpRequest.newBuilder(URI.create(origin + document.getDownloadPath())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(restoredDocument.statusCode()).isEqualTo(200);
			assertThat(restoredDocument.body()).isEqualTo(documentBytes);
			JdbcTemplate restoredDb = site.getBean(JdbcTemplate.class);
			assertThat(restoredDb.queryForObject("select summary from programme where id = ?", String.class, this.programmeId))
				.isEqualTo(this.originalSummary);
			assertThat(restoredDb.queryForList("select original_name from image where original_name like 'backup-test-%'",
					String.class)).containsExactly("backup-test-avant.png");
			assertThat(restoredDb.queryForList("select title from document where title like 'Sauvegarde test%'",
					String.class)).containsExactly("Sauvegarde test avant");
		}
		finally {
			StandaloneServer.start(restored).close();
		}

		// a restore never overwrites: the data directory now holds a database
		Result again = restore("--restore=" + backup, "--data-dir=" + restored, "--pg-bin=" + TestPgClient.bin());
		assertThat(again.code).isEqualTo(2);
		assertThat(again.err).contains("n’est pas un dossier vide");
	}

	@Test
	void theNightlyBackupDeletesBackupsPastTheirDaysAndOnlyOneInstanceBacksUpAtATime() throws Exception {
		Path dir = WORK.resolve("backups");
		Files.createDirectories(dir);
		Path old = dir.resolve("ppsm-20200101-020000.dump");
		Files.writeString(old, "PGDMP ancienne");
		Files.writeString(dir.resolve("ppsm-20200101-020000.dump.sha256"), BackupDirectory.sha256(old) + "  " + old.getFileName());
		Path recent = dir.resolve("ppsm-20200102-020000.dump");
		Files.writeString(recent, "PGDMP récente");
		Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(15))));
		Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(13))));

		this.scheduled.run();

		assertThat(old).doesNotExist();
		assertThat(dir.resolve("ppsm-20200101-020000.dump.sha256")).doesNotExist();
		assertThat(recent).exists();
		assertThat(this.backups.lastFailure()).isNull();
		assertThat(this.jdbc.queryForObject("select actor from audit_entry where entity_type = 'backup' order by id desc limit 1",
				String.class)).isEqualTo("système");
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("."));
		}
		Files.delete(recent);

		// another instance holds the lock: no second backup, a clear message
		try (java.sql.Connection other = this.dataSource.getConnection()) {
			new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(other, true))
				.queryForObject("select pg_advisory_lock(?)::text", String.class, Backups.LOCK);
			org.assertj.core.api.Assertions.assertThatThrownBy(this.backups::backUp)
				.isInstanceOf(Backups.BackupFailed.class)
				.hasMessageContaining("autre instance");
			new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(other, true))
				.queryForObject("select pg_advisory_unlock(?)", Boolean.class, Backups.LOCK);
		}
	}

	@Test
	void aBackupRestoresIntoAnEmptyExternalDatabaseAndNeverOverAFullOne() throws Exception {
		String name = this.backups.backUp();
		Path backup = WORK.resolve("backups").resolve(name);
		String url = this.environment.getProperty("spring.datasource.url");
		String restoredUrl = url.replaceFirst("/postgres\\?", "/ppsm_restore_test?");
		this.jdbc.execute("create database ppsm_restore_test");
		try {
			Result restored = restore("--restore=" + backup, "--jdbc-url=" + restoredUrl, "--pg-bin=" + TestPgClient.bin());
			assertThat(restored.code).as(restored.err).isZero();
			try (java.sql.Connection connection = java.sql.DriverManager.getConnection(restoredUrl)) {
				JdbcTemplate restoredDb = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
				assertThat(restoredDb.queryForObject("select count(*) from programme", Long.class))
					.isEqualTo(this.jdbc.queryForObject("select count(*) from programme", Long.class));
			}
			Result again = restore("--restore=" + backup, "--jdbc-url=" + restoredUrl, "--pg-bin=" + TestPgClient.bin());
			assertThat(again.code).isEqualTo(2);
			assertThat(again.err).contains("contient déjà des tables");
		}
		finally {
			this.jdbc.execute("drop database ppsm_restore_test with (force)");
		}
	}

	@Test
	void aDamagedBackupIsRefusedBeforeAnythingIsCreated() throws Exception {
		Path damaged = WORK.resolve("damaged");
		Files.createDirectories(damaged);
		Path dump = damaged.resolve("ppsm-20260101-020000.dump");
		Files.write(dump, "PGDMP une sauvegarde".getBytes(StandardCharsets.US_ASCII));
		Files.writeString(damaged.resolve("ppsm-20260101-020000.dump.sha256"),
				BackupDirectory.sha256(dump) + "  ppsm-20260101-020000.dump\n");
		Files.write(dump, "PGDMP une sauvegardf".getBytes(StandardCharsets.US_ASCII));
		Path target = WORK.resolve("never-created");

		Result result = restore("--restore=" + dump, "--data-dir=" + target, "--pg-bin=" + TestPgClient.bin());

		assertThat(result.code).isEqualTo(2);
		assertThat(result.err).contains("ne correspond pas à sa somme de contrôle");
		assertThat(target).doesNotExist();
		Files.delete(damaged.resolve("ppsm-20260101-020000.dump.sha256"));
		assertThat(restore("--restore=" + dump, "--data-dir=" + target).err).contains("somme de contrôle")
			.contains("manque");
		assertThat(target).doesNotExist();
	}

	private void upload(String name, byte[] bytes) {
		assertThat(this.mvc.post().uri("/admin/images/nouveau").multipart()
			.file(new MockMultipartFile("file", name, "image/png", bytes))
			.with(user("editeur@test").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
	}

	private void uploadDocument(String title, String fileName, byte[] bytes) {
		assertThat(this.mvc.post().uri("/admin/documents/nouveau").multipart()
			.file(new MockMultipartFile("file", fileName, "application/pdf", bytes))
			.param("title", title)
			.param("category", "RAPPORT_ANNUEL")
			.param("language", "FR")
			.param("date", LocalDate.now().toString())
			.param("version", "0")
			.param("published", "true")
			.with(csrf())
			.with(user("editeur@test").roles("EDITOR"))
			.exchange()).hasStatus3xxRedirection();
	}

	private byte[] bytes(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private String body(String path) throws Exception {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	private static Result restore(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = RestoreCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("ppsm-backup-test");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Result(int code, String out, String err) {
	}

}
