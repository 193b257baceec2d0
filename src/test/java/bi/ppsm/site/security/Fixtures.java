package bi.ppsm.site.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.account.StaffRole;

/**
 * Real records for the security suite: ids of the seeded content (two of each nested kind, to
 * try one parent's child under the other parent), plus three staff accounts (one per role)
 * and two contact messages created for the test and deleted by {@link #close()}. Fills the
 * {@code {variables}} of admin URL patterns with these ids.
 */
final class Fixtures implements AutoCloseable {

	static final String PASSWORD = "une phrase de passe solide";

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/** Admin URL segment → table of the records it shows. */
	static final Map<String, String> TABLES = Map.ofEntries(Map.entry("programmes", "programme"),
			Map.entry("objectifs", "objective"), Map.entry("projets", "project"), Map.entry("phases", "project_phase"),
			Map.entry("resultats", "key_result"), Map.entry("organisations", "organisation"),
			Map.entry("zones", "zone"), Map.entry("groupes-cibles", "target_group"), Map.entry("services", "service"),
			Map.entry("missions", "mission"), Map.entry("perspectives", "perspective"),
			Map.entry("chiffres", "headline_figure"), Map.entry("comptes", "staff_account"),
			Map.entry("messages", "contact_message"), Map.entry("documents", "document"),
			Map.entry("actualites", "news_item"), Map.entry("images", "image"),
			Map.entry("points-de-service", "service_point"), Map.entry("antennes", "ppsm_branch"),
			Map.entry("approbations", "pending_change"));

	private final JdbcTemplate jdbc;

	final long programme;

	final long otherProgramme;

	final long objective;

	final long otherObjective;

	final long project;

	final long otherProject;

	final long phase;

	final long otherPhase;

	final long budgetLine;

	final long otherBudgetLine;

	/** A key result and a period row of it made for the test (the seed has none). */
	final long keyResult;

	final long resultPeriod;

	final Map<String, Long> accounts = new LinkedHashMap<>();

	final long message;

	/** A document of the test (its file is a few bytes), with the hash and name of its URLs. */
	final long document;

	static final String DOCUMENT_HASH = "0123456789abcdef";

	static final String DOCUMENT_NAME = "rapport-de-test.pdf";
	/** A published news item of {@link #programme} and {@link #project} (the seed has none). */
	final long news;

	final String newsSlug;

	final long otherMessage;

	/** An image of the library (a row without renditions: its pages need no bytes). */
	final long image;

	/** A redirect added by hand, for {@code /admin/redirections/{id}}. */
	final long redirect;

	final String imageKey;

	/** A published service point and a branch of the directory (the seed has none). */
	final long servicePoint;

	final long branch;

	/** A revision of the first mission (the seed has none), for {@code /admin/revisions/{type}/{id}/{number}}. */
	final int revision;

	final long revisedMission;

	/** A member contributor's proposal for {@link #servicePoint}, for {@code /admin/approbations/{id}}. */
	final long pendingChange;

	private final String suffix = Long.toString(System.nanoTime());

	/** The backup directory of the tests (ppsm.backup.dir in the test configuration). */
	static final java.nio.file.Path BACKUP_DIR = java.nio.file.Path.of("target/test-backups");

	/** A backup file of the test, for /admin/sauvegardes/{name} (a few bytes, with its checksum file). */
	final String backupName = "ppsm-20000101-000000-" + (1 + Math.floorMod(System.nanoTime(), 999)) + ".dump";

	Fixtures(JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		List<Long> programmes = jdbc.queryForList(
				"select programme_id from objective group by programme_id order by programme_id limit 2", Long.class);
		this.programme = programmes.get(0);
		this.otherProgramme = programmes.get(1);
		this.objective = first("select id from objective where programme_id = ? order by id", this.programme);
		this.otherObjective = first("select id from objective where programme_id = ? order by id", this.otherProgramme);
		List<Long> projects = jdbc.queryForList(
				"select project_id from project_phase group by project_id order by project_id limit 2", Long.class);
		if (projects.size() < 2) {
			// the seed has phases for one project only: give a second project a phase for the test
			long second = first("select id from project where id <> ? order by id", projects.get(0));
			jdbc.update("insert into project_phase (project_id, name, status, position) values (?, ?, 'ONGOING', 99)",
					second, "Phase de test " + this.suffix);
			projects = List.of(projects.get(0), second);
		}
		this.project = projects.get(0);
		this.otherProject = projects.get(1);
		this.phase = first("select id from project_phase where project_id = ? order by id", this.project);
		this.otherPhase = first("select id from project_phase where project_id = ? order by id", this.otherProject);
		// the seed has no budget: one line per project for the test (deleted with its marker currency amount)
		this.budgetLine = insertBudgetLine(this.project);
		this.otherBudgetLine = insertBudgetLine(this.otherProject);
		this.keyResult = first("select id from key_result order by id");
		this.resultPeriod = jdbc.queryForObject(
				"insert into key_result_period (key_result_id, label, target_value, position) values (?, ?, 10, 99) returning id",
				Long.class, this.keyResult, "Période de test " + this.suffix);
		long ppsm = first("select id from organisation where slug = 'ppsm'");
		for (StaffRole role : StaffRole.values()) {
			String email = role.name().toLowerCase().replace('_', '-') + "-" + this.suffix + "@securite.test";
			// a member contributor speaks for the organisation of the fixtures' service point
			this.accounts.put(role.name(), jdbc.queryForObject("""
					insert into staff_account (email, display_name, role, password_hash, organisation_id)
					values (?, ?, ?, ?, ?) returning id""", Long.class, email, "Test " + role, role.name(),
					encoder.encode(PASSWORD), (role == StaffRole.MEMBER_CONTRIBUTOR) ? ppsm : null));
		}
		this.newsSlug = "actualite-de-test-" + this.suffix;
		this.news = jdbc.queryForObject("""
				insert into news_item (slug, title, summary, body, publish_at, created_at)
				values (?, 'Actualité de test', 'Résumé de test', 'Texte **de test**', now() - interval '1 day', now())
				returning id""", Long.class, this.newsSlug);
		jdbc.update("insert into news_programme (news_id, programme_id) values (?, ?)", this.news, this.programme);
		jdbc.update("insert into news_project (news_id, project_id) values (?, ?)", this.news, this.project);
		this.message = insertMessage("Message A de test " + this.suffix);
		this.document = jdbc.queryForObject("""
				insert into document (title, category, language, document_date, published, file_type, file_name,
				content_type, size_bytes, sha256, created_at, updated_at) values (?, 'ETUDE', 'FR', current_date, true,
				'PDF', ?, 'application/pdf', 9, ?, now(), now()) returning id""", Long.class,
				"Document de test " + this.suffix, DOCUMENT_NAME, DOCUMENT_HASH + "0".repeat(48));
		jdbc.update("insert into document_file (document_id, bytes) values (?, ?)", this.document,
				"%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		this.otherMessage = insertMessage("Message B de test " + this.suffix);
		jdbc.update("insert into message_note (message_id, author, body, created_at) values (?, 'test', ?, now())",
				this.otherMessage, "Note secrète du message B " + this.suffix);
		this.servicePoint = jdbc.queryForObject("""
				insert into service_point (organisation_id, name, services, languages, province_id, commune_id, address,
				phone, free, published, verified_on) values ((select id from organisation where slug = 'ppsm'), ?,
				'{PSYCHOSOCIAL_SUPPORT}', '{KIRUNDI,FRENCH}', (select id from zone where slug = 'gitega-2025'),
				(select id from zone where slug = 'commune-gitega'), 'Près du marché', '+257 22 00 00 00', true, true,
				current_date) returning id""", Long.class, "Point de service de test " + this.suffix);
		// a member contributor's proposal to change that point, waiting for approval
		this.pendingChange = jdbc.queryForObject("""
				insert into pending_change (entity_type, entity_id, organisation_id, label, proposed, base_version,
				proposed_by, proposed_at) select 'service-point', p.id, p.organisation_id, p.name,
				json_build_object('organisation', p.organisation_id, 'name', p.name || ' (proposé)', 'services',
				json_build_array('PSYCHOSOCIAL_SUPPORT'), 'languages', json_build_array('KIRUNDI'), 'province',
				p.province_id, 'commune', p.commune_id, 'address', p.address, 'free', true, 'verifiedOn',
				to_char(current_date, 'YYYY-MM-DD'), 'version', 0)::text, 0, ?, now()
				from service_point p where p.id = ? returning id""", Long.class, login(StaffRole.MEMBER_CONTRIBUTOR),
				this.servicePoint);
		this.branch = jdbc.queryForObject("""
				insert into ppsm_branch (name, province_id, address) values (?, (select id from zone where slug =
				'gitega-2025'), 'Quartier Magarama') returning id""", Long.class, "Antenne de test " + this.suffix);
		this.imageKey = String.format("%032x", System.nanoTime());
		this.image = jdbc.queryForObject("""
				insert into image (storage_key, original_name, width, height, widths, alt_text, created_at, updated_at)
				values (?, ?, 720, 480, '{360,720}', 'Image de test', now(), now()) returning id""", Long.class,
				this.imageKey, "securite-" + this.suffix + ".jpg");
		try {
			java.nio.file.Files.createDirectories(BACKUP_DIR);
			java.nio.file.Files.writeString(BACKUP_DIR.resolve(this.backupName), "PGDMP test");
			java.nio.file.Files.writeString(BACKUP_DIR.resolve(this.backupName + ".sha256"),
					"0".repeat(64) + "  " + this.backupName + "\n");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		this.redirect = jdbc.queryForObject("""
				insert into redirect (source, target, automatic, created_at, created_by)
				values (?, '/programmes', false, now(), 'test') returning id""", Long.class,
				"/ancien-site/securite-" + this.suffix);
		this.revisedMission = firstId("mission");
		this.revision = jdbc.queryForObject("""
				insert into revision (entity_type, entity_id, number, actor, state)
				select 'mission', m.id, coalesce((select max(number) from revision r where r.entity_type = 'mission'
				and r.entity_id = m.id), 0) + 1, 'test', jsonb_build_object('text', m.text)
				from mission m where m.id = ? returning number""", Integer.class, this.revisedMission);
	}

	private long insertBudgetLine(long projectId) {
		return this.jdbc.queryForObject("""
				insert into budget_line (project_id, kind, amount, currency, position) values (?, 'TOTAL', 123456.78, 'BIF', 99)
				returning id""", Long.class, projectId);
	}

	private long insertMessage(String body) {
		return this.jdbc.queryForObject("""
				insert into contact_message (sender_name, email, subject, body, language, priority, status,
				client_address, created_at, updated_at) values (?, ?, 'SUPPORT', ?, 'fr', true, 'NEW', '10.255.0.1',
				now(), now()) returning id""", Long.class, "Visiteur " + this.suffix,
				"visiteur-" + this.suffix + "@exemple.bi", body);
	}

	private long first(String sql, Object... args) {
		return this.jdbc.queryForList(sql, Long.class, args).get(0);
	}

	String login(StaffRole role) {
		return role.name().toLowerCase().replace('_', '-') + "-" + this.suffix + "@securite.test";
	}

	long account(StaffRole role) {
		return this.accounts.get(role.name());
	}

	/** A fresh forgotten-password token of the editor's account, valid for an hour. */
	String resetToken() {
		String token = "jeton-de-test-" + System.nanoTime();
		this.jdbc.update("""
				insert into password_reset_token (account_id, token_hash, expires_at, created_at)
				values (?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), now() + interval '1 hour', now())""",
				account(StaffRole.EDITOR), token);
		return token;
	}

	String noteOfOtherMessage() {
		return "Note secrète du message B " + this.suffix;
	}

	String bodyOf(long messageId) {
		return this.jdbc.queryForObject("select body from contact_message where id = ?", String.class, messageId);
	}

	/** The first (smallest) id of a table. */
	long firstId(String table) {
		return first("select id from " + table + " order by id");
	}

	/**
	 * A concrete URL for an admin pattern, with real ids: objectives of {@link #programme},
	 * phases of {@link #project}, the test's own account and message.
	 */
	String url(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String value = switch (matcher.group(1)) {
				case "hash" -> DOCUMENT_HASH;
				case "name" -> pattern.startsWith("/admin/sauvegardes/") ? this.backupName : DOCUMENT_NAME;
				// a rendition of the media library: /medias/{key}/{width}.{ext}
				case "key" -> this.imageKey;
				case "width" -> "360";
				case "ext" -> "jpg";
				// the translation page of a record: /admin/traductions/{type}/{id}, the fixtures' programme;
				// the history of a record: /admin/revisions/{type}/{id}/{number}/restaurer, a mission
				case "type" -> pattern.startsWith("/admin/revisions/") ? "mission" : "programme";
				case "number" -> Integer.toString(this.revision);
				default -> Long.toString(idFor(pattern, matcher.group(1)));
			};
			matcher.appendReplacement(url, value);
		}
		return matcher.appendTail(url).toString();
	}

	private long idFor(String pattern, String variable) {
		switch (variable) {
			case "programmeId":
				return this.programme;
			case "projectId":
				return this.project;
			case "resultId":
				return this.keyResult;
			case "id":
				break;
			default:
				throw new AssertionError("The security suite does not know the URL variable {" + variable + "} of "
						+ pattern + ": teach Fixtures.idFor which record it names");
		}
		if (pattern.contains("/objectifs/")) {
			return this.objective;
		}
		if (pattern.contains("/phases/")) {
			return this.phase;
		}
		if (pattern.contains("/budget/")) {
			return this.budgetLine;
		}
		if (pattern.contains("/periodes/")) {
			return this.resultPeriod;
		}
		if (pattern.startsWith("/admin/comptes/")) {
			return account(StaffRole.EDITOR);
		}
		if (pattern.startsWith("/admin/messages/")) {
			return this.message;
		}
		if (pattern.startsWith("/documents/") || pattern.startsWith("/admin/documents/")) {
			return this.document;
		}
		if (pattern.startsWith("/admin/actualites/")) {
			return this.news;
		}
		if (pattern.startsWith("/admin/images/")) {
			return this.image;
		}
		if (pattern.startsWith("/admin/points-de-service/") || pattern.startsWith("/trouver-de-l-aide/")
				|| pattern.startsWith("/admin/ma-structure/points-de-service/")) {
			return this.servicePoint;
		}
		if (pattern.startsWith("/admin/traductions/")) {
			return this.programme;
		}
		if (pattern.startsWith("/admin/approbations/")) {
			return this.pendingChange;
		}
		if (pattern.startsWith("/admin/antennes/")) {
			return this.branch;
		}
		if (pattern.startsWith("/admin/revisions/")) {
			return this.revisedMission;
		}
		if (pattern.startsWith("/admin/redirections/")) {
			return this.redirect;
		}
		String table = TABLES.get(pattern.split("/")[2]);
		if (table == null) {
			throw new AssertionError("The security suite does not know which records " + pattern
					+ " shows: add its segment to Fixtures.TABLES");
		}
		return firstId(table);
	}

	@Override
	public void close() {
		try {
			java.nio.file.Files.deleteIfExists(BACKUP_DIR.resolve(this.backupName));
			java.nio.file.Files.deleteIfExists(BACKUP_DIR.resolve(this.backupName + ".sha256"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		this.jdbc.update("delete from image where id = ?", this.image);
		this.jdbc.update("delete from pending_change where id = ? or proposed_by = ?", this.pendingChange,
				login(StaffRole.MEMBER_CONTRIBUTOR));
		this.jdbc.update("delete from service_point where id = ?", this.servicePoint);
		this.jdbc.update("delete from ppsm_branch where id = ?", this.branch);
		this.jdbc.update("delete from redirect where id = ?", this.redirect);
		this.jdbc.update("delete from revision where entity_type = 'mission' and entity_id = ? and number = ?",
				this.revisedMission, this.revision);
		this.jdbc.update("delete from contact_message where id in (?, ?)", this.message, this.otherMessage);
		this.jdbc.update("delete from document where id = ?", this.document);
		this.jdbc.update("delete from news_item where id = ?", this.news);
		this.jdbc.update("delete from project_phase where name = ?", "Phase de test " + this.suffix);
		this.jdbc.update("delete from budget_line where id in (?, ?)", this.budgetLine, this.otherBudgetLine);
		this.jdbc.update("delete from key_result_period where key_result_id = ?", this.keyResult);
		for (Long id : this.accounts.values()) {
			this.jdbc.update("delete from password_reset_token where account_id = ?", id);
			this.jdbc.update("delete from staff_account where id = ?", id);
		}
	}

}
