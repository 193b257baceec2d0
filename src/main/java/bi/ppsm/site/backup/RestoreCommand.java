package bi.ppsm.site.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import bi.ppsm.site.embeddeddb.StandaloneServer;

/**
 * Restores a backup, without starting the site:
 * <pre>
 * java -jar ppsm-site.jar --restore=backups/ppsm-20261201-020000.dump --data-dir=data/restored
 * java -jar ppsm-site.jar --restore=... --jdbc-url=jdbc:postgresql://host/db --username=ppsm   (PGPASSWORD in the environment)
 * </pre>
 * The backup's checksum file must be beside it and match. With {@code --data-dir} a fresh
 * embedded data directory is created (the directory must not exist or be empty), with
 * {@code --jdbc-url} the database must have no table yet. pg_restore comes from
 * {@code --pg-bin}, else PPSM_BACKUP_PG_BIN, else the PATH. The whole restore is one
 * transaction: on an error nothing is restored.
 */
public final class RestoreCommand {

	private RestoreCommand() {
	}

	/** Whether the command line asks for a restore (then the site is not started). */
	public static boolean requested(String[] args) {
		return Stream.of(args).anyMatch(a -> a.startsWith("--restore="));
	}

	/** Runs the restore; returns the process exit code (0: restored). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = options(args);
		try {
			restore(options, out);
			return 0;
		}
		catch (Refused ex) {
			err.println("Restauration refusée : " + ex.getMessage());
			return 2;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			err.println("Restauration échouée : " + ex.getMessage());
			return 1;
		}
	}

	private static void restore(Map<String, String> options, PrintStream out) throws Refused, IOException, SQLException {
		Path backup = Path.of(required(options, "restore"));
		if (!Files.isRegularFile(backup)) {
			throw new Refused("pas de fichier " + backup);
		}
		switch (BackupDirectory.verify(backup)) {
			case MISSING -> throw new Refused("le fichier de somme de contrôle " + backup.getFileName()
					+ BackupDirectory.CHECKSUM + " manque à côté de la sauvegarde");
			case MISMATCH -> throw new Refused("la sauvegarde ne correspond pas à sa somme de contrôle (fichier endommagé)");
			case OK -> out.println("Somme de contrôle vérifiée : " + backup);
		}
		String bin = options.getOrDefault("pg-bin", System.getenv().getOrDefault("PPSM_BACKUP_PG_BIN", ""));
		PgClient tools;
		try {
			tools = PgClient.find(bin);
		}
		catch (PgClient.Unusable ex) {
			throw new Refused(ex.getMessage());
		}
		if (options.containsKey("data-dir") == options.containsKey("jdbc-url")) {
			throw new Refused("donnez soit --data-dir=<dossier neuf>, soit --jdbc-url=<base vide>");
		}
		if (options.containsKey("data-dir")) {
			Path dataDir = Path.of(options.get("data-dir")).toAbsolutePath().normalize();
			if (Files.exists(dataDir) && !isEmptyDirectory(dataDir)) {
				throw new Refused(dataDir + " n’est pas un dossier vide : il n’est jamais écrasé");
			}
			try (StandaloneServer server = StandaloneServer.start(dataDir)) {
				PgTarget target = new PgTarget("postgresql://localhost:" + server.port() + "/postgres", "postgres", null);
				pgRestore(tools, backup, target);
			}
			out.println("Sauvegarde restaurée dans " + dataDir);
			out.println("Démarrez le site dessus avec PPSM_EMBEDDED_DB_DIR=" + dataDir);
		}
		else {
			String password = System.getenv("PGPASSWORD");
			PgTarget target = PgTarget.fromJdbc(options.get("jdbc-url"), options.get("username"), password);
			refuseNonEmptyDatabase(options.get("jdbc-url"), target);
			pgRestore(tools, backup, target);
			out.println("Sauvegarde restaurée dans " + target.uri());
		}
	}

	private static void pgRestore(PgClient tools, Path backup, PgTarget target) throws IOException {
		Processes.run(List.of(tools.restore().toString(), "--exit-on-error", "--single-transaction", "--no-owner",
				"--no-password", "--dbname=" + target.uri(), backup.toAbsolutePath().toString()), target.environment(),
				Duration.ofHours(6));
	}

	private static void refuseNonEmptyDatabase(String jdbcUrl, PgTarget target) throws Refused, SQLException {
		java.util.Properties properties = new java.util.Properties();
		if (target.user() != null) {
			properties.setProperty("user", target.user());
		}
		if (target.password() != null) {
			properties.setProperty("password", target.password());
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl, properties);
				Statement statement = connection.createStatement();
				ResultSet tables = statement.executeQuery(
						"select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")) {
			tables.next();
			if (tables.getLong(1) > 0) {
				throw new Refused("la base " + target.uri() + " contient déjà des tables : elle n’est jamais écrasée");
			}
		}
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 2) {
				options.put(arg.substring(2, equals), arg.substring(equals + 1));
			}
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) throws Refused {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new Refused("--" + name + "=... manque");
		}
		return value;
	}

	/** A restore that would be unsafe or cannot start; nothing was changed. */
	static class Refused extends Exception {

		Refused(String message) {
			super(message);
		}

	}

}
