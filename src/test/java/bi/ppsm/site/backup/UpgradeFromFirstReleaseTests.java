package bi.ppsm.site.backup;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrades: a database left by the first releases is migrated to the current schema and keeps
 * every record and edit.
 * <p>
 * {@code upgrade/release-1} holds the migrations of the first release (commit ed4db3b, "Merge
 * the back office (issue 4) into main": content, seed, audit log, staff accounts);
 * {@code upgrade/release-2} the ones the contact form release added (commit 812d45b). They are
 * copies, so the test needs no git. The database is built the way those releases left it, staff
 * edits and contact messages are written with plain SQL as those schemas allow, then the current
 * {@code db/} migrations run with Flyway's validation on: the checksums of the applied migrations
 * must match the current files, which proves released migrations were never edited.
 */
class UpgradeFromFirstReleaseTests {

	private static EmbeddedPostgres postgres;

	private static DataSource dataSource;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void startEmptyServer() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		dataSource = postgres.getPostgresDatabase();
		jdbc = new JdbcTemplate(dataSource);
	}

	@AfterAll
	static void stopServer() throws Exception {
		postgres.close();
	}

	@Test
	void theFirstReleasesDatabaseMigratesToTheCurrentSchemaWithEveryRecordAndEditIntact() {
		migrate("classpath:upgrade/release-1");
		assertThat(currentVersion()).isEqualTo("11");
		// staff edits the first release allowed: a programme, a project, an account, the audit log
		jdbc.update("""
				update programme set name = 'Renforcement des capacités (édité)', summary = summary || ' Phrase ajoutée.',
				  published = false, version = version + 1 where slug = 'renforcement-des-capacites'""");
		jdbc.update("update project set name = name || ' (édité)', version = version + 1 where id = (select min(id) from project)");
		jdbc.update("""
				insert into staff_account (email, display_name, role, password_hash)
				values ('editrice@ppsm.bi', 'Éditrice', 'EDITOR', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuN4dpwK7Tq2w7yUqS0qCdlxC5F5C9a')""");
		jdbc.update("""
				insert into audit_entry (actor, action, entity_type, entity_id, entity_label, changed_fields)
				values ('editrice@ppsm.bi', 'UPDATE', 'programme', '1', 'Renforcement des capacités', 'name, summary')""");
		migrate("classpath:upgrade/release-2");
		assertThat(currentVersion()).isEqualTo("21");
		jdbc.update("""
				insert into contact_message (sender_name, email, subject, body, language, status, created_at, updated_at)
				values ('Aline', 'aline@example.org', 'INFORMATION', 'Bonjour, où trouver de l''aide à Gitega ?', 'fr', 'NEW', now(), now())""");
		jdbc.update("""
				insert into message_note (message_id, author, body, created_at)
				select id, 'editrice@ppsm.bi', 'Rappelée le lendemain.', now() from contact_message where email = 'aline@example.org'""");
		Map<String, List<Map<String, Object>>> before = snapshot();

		Flyway current = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
			.validateOnMigrate(true).load();
		// checksums of what is applied against the current files (the rest is pending, not an error)
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
			.ignoreMigrationPatterns("*:pending").load().validate();
		current.migrate();

		MigrationInfo[] applied = current.info().applied();
		assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
		assertThat(current.info().pending()).isEmpty();
		assertThat(Integer.parseInt(currentVersion())).isGreaterThan(21);
		Map<String, List<Map<String, Object>>> after = snapshot();
		before.forEach((table, rows) -> {
			if (table.equals("zone")) {
				// later migrations add the administrative map's zones; the first ones stay as they were
				assertThat(after.get(table)).as(table).containsAll(rows);
			}
			else {
				assertThat(after.get(table)).as(table).isEqualTo(rows);
			}
		});
		assertThat(jdbc.queryForObject("select count(*) from programme", Integer.class)).isGreaterThanOrEqualTo(5);
		assertThat(jdbc.queryForObject("select name from programme where slug = 'renforcement-des-capacites'", String.class))
			.isEqualTo("Renforcement des capacités (édité)");
		assertThat(jdbc.queryForObject("select summary from programme where slug = 'renforcement-des-capacites'", String.class))
			.endsWith(" Phrase ajoutée.");
		assertThat(jdbc.queryForObject("select body from contact_message where email = 'aline@example.org'", String.class))
			.isEqualTo("Bonjour, où trouver de l'aide à Gitega ?");
	}

	private static void migrate(String location) {
		List<String> locations = location.endsWith("release-1") ? List.of(location)
				: List.of("classpath:upgrade/release-1", location);
		Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new)).load().migrate();
	}

	private static String currentVersion() {
		return jdbc.queryForObject(
				"select version from flyway_schema_history where success order by installed_rank desc limit 1", String.class);
	}

	/** Every row the first releases wrote (seed and edits), in columns those releases had. */
	private static Map<String, List<Map<String, Object>>> snapshot() {
		return Map.of(
				"programme", jdbc.queryForList("select id, slug, name, card_text, summary, start_date, end_date, published, version from programme order by id"),
				"project", jdbc.queryForList("select id, slug, name, version from project order by id"),
				"organisation", jdbc.queryForList("select id, slug, name from organisation order by id"),
				"zone", jdbc.queryForList("select id, slug, name from zone order by id"),
				"key_result", jdbc.queryForList("select id, programme_id, project_id, theme, statement, achieved_value, expected_value, unit from key_result order by id"),
				"staff_account", jdbc.queryForList("select id, email, display_name, role, enabled, password_hash from staff_account order by id"),
				"audit_entry", jdbc.queryForList("select id, actor, action, entity_type, entity_id, entity_label, changed_fields from audit_entry order by id"),
				"contact_message", jdbc.queryForList("select id, sender_name, email, subject, body, status from contact_message order by id"),
				"message_note", jdbc.queryForList("select id, message_id, author, body from message_note order by id"));
	}

}
