package bi.ppsm.site.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.PpsmProperties;

/**
 * Backups of the site's database: {@code pg_dump --format=custom} of the whole database
 * (content, uploaded images and documents, which live in PostgreSQL, accounts, messages, the
 * audit log) into the backup directory, then the backups older than ppsm.backup.keep-days are
 * deleted. One backup at a time across every instance (a PostgreSQL advisory lock). Each backup
 * is audited ("système" for the scheduled ones). A failure is logged and kept for the admin page
 * and the dashboard, with the tool's last words and no stack trace.
 */
@Service
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	/** The advisory lock every instance takes while it backs up ("ppsmbak"). */
	static final long LOCK = 0x7070736d62616bL;

	static final String ENTITY = "backup";

	private static final Duration DUMP_TIMEOUT = Duration.ofHours(3);

	private final DataSource dataSource;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PpsmProperties.Backup settings;

	private final boolean enabled;

	private final BackupDirectory directory;

	private final PgTarget target;

	private final ReentrantLock running = new ReentrantLock();

	private volatile Failure lastFailure;

	Backups(DataSource dataSource, AuditLog audit, TransactionTemplate transactions, Clock clock,
			PpsmProperties properties, ConfigurableEnvironment environment) {
		this.dataSource = dataSource;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = properties.backup();
		// the embedded server's settings are the property source EmbeddedPostgresEnvironment adds
		boolean embedded = environment.getPropertySources().contains("embeddedPostgres");
		this.enabled = (this.settings.enabled() != null) ? this.settings.enabled() : embedded;
		this.directory = new BackupDirectory(StringUtils.hasText(this.settings.dir()) ? Path.of(this.settings.dir())
				: Path.of(properties.embeddedDb().dir()).toAbsolutePath().normalize().resolveSibling("backups"));
		this.target = PgTarget.fromJdbc(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
	}

	/** Whether backups run here: always with the embedded server, with another only when PPSM_BACKUP_ENABLED=true. */
	public boolean enabled() {
		return this.enabled;
	}

	BackupDirectory directory() {
		return this.directory;
	}

	List<BackupDirectory.BackupFile> list() throws IOException {
		return this.directory.list();
	}

	/** The last backup of this instance that failed, if the last attempt failed. */
	Failure lastFailure() {
		return this.lastFailure;
	}

	/**
	 * What stops backups now, in French for staff (null: nothing): pg_dump missing or older than
	 * the server, or the last backup failed.
	 */
	public String problem() {
		if (!this.enabled) {
			return null;
		}
		try {
			tools();
		}
		catch (PgClient.Unusable ex) {
			return ex.getMessage();
		}
		Failure failure = this.lastFailure;
		return (failure != null) ? failure.message() : null;
	}

	/** pg_dump and pg_restore, if they can dump this server. */
	PgClient tools() throws PgClient.Unusable {
		return PgClient.forServer(this.settings.pgBin(), serverMajor());
	}

	private int serverMajor() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("show server_version_num");
				ResultSet result = statement.executeQuery()) {
			result.next();
			return Integer.parseInt(result.getString(1).strip()) / 10000;
		}
		catch (SQLException ex) {
			return 0;
		}
	}

	/**
	 * Backs up now and deletes the backups past their time.
	 * @return the new backup's file name
	 * @throws BackupFailed with a French message for staff
	 */
	public String backUp() throws BackupFailed {
		if (!this.enabled) {
			throw new BackupFailed("Les sauvegardes ne sont pas activées avec cette base de données (PPSM_BACKUP_ENABLED).");
		}
		if (!this.running.tryLock()) {
			throw new BackupFailed("Une sauvegarde est déjà en cours.");
		}
		try (Connection lockConnection = this.dataSource.getConnection()) {
			if (!advisoryLock(lockConnection, "pg_try_advisory_lock")) {
				throw new BackupFailed("Une sauvegarde est déjà en cours sur une autre instance du site.");
			}
			try {
				String name = dump();
				this.lastFailure = null;
				return name;
			}
			finally {
				advisoryLock(lockConnection, "pg_advisory_unlock");
			}
		}
		catch (SQLException ex) {
			throw failed("base de données injoignable (" + ex.getMessage() + ")");
		}
		finally {
			this.running.unlock();
		}
	}

	private String dump() throws BackupFailed {
		PgClient tools;
		try {
			tools = tools();
		}
		catch (PgClient.Unusable ex) {
			throw failed(ex.getMessage());
		}
		String name = this.directory.newName(this.clock.instant(), this.clock.getZone());
		try {
			this.directory.write(name, file -> Processes.run(List.of(tools.dump().toString(), "--format=custom",
					"--no-password", "--file=" + file, "--dbname=" + this.target.uri()), this.target.environment(),
					DUMP_TIMEOUT));
		}
		catch (IOException ex) {
			throw failed(ex.getMessage());
		}
		this.transactions.executeWithoutResult(status -> this.audit.record("CREATE", ENTITY, null, name, List.of()));
		log.info("Backup written: {}", this.directory.path().resolve(name));
		try {
			Instant limit = this.clock.instant().minus(Duration.ofDays(this.settings.keepDays()));
			List<String> deleted = this.directory.deleteOlderThan(limit, name);
			if (!deleted.isEmpty()) {
				log.info("Backups older than {} days deleted: {}", this.settings.keepDays(), deleted);
			}
		}
		catch (IOException ex) {
			log.warn("Old backups not deleted: {}", ex.getMessage());
		}
		return name;
	}

	/** Audits the download of a backup file. */
	void downloaded(String name) {
		this.transactions.executeWithoutResult(status -> this.audit.record("EXPORT", ENTITY, null, name, List.of()));
	}

	private BackupFailed failed(String reason) {
		String message = "La sauvegarde a échoué : " + reason;
		this.lastFailure = new Failure(this.clock.instant(), message);
		log.error(message);
		return new BackupFailed(message);
	}

	private static boolean advisoryLock(Connection connection, String function) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
			statement.setLong(1, LOCK);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** A failed backup: when, and what went wrong in French. */
	record Failure(Instant at, String message) {
	}

	/** A backup that could not be made; the message is for staff. */
	public static class BackupFailed extends Exception {

		BackupFailed(String message) {
			super(message);
		}

	}

}
