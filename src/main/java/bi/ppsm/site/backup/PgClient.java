package bi.ppsm.site.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;

/**
 * PostgreSQL's pg_dump and pg_restore: found in the directory ppsm.backup.pg-bin, else on the
 * PATH, with their major version. pg_dump refuses a server newer than itself, so the tools are
 * usable only when their version is at least the server's.
 *
 * @param dump pg_dump
 * @param restore pg_restore
 * @param major their major version (17 for 17.12)
 */
record PgClient(Path dump, Path restore, int major) {

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	/** The tools, or why they cannot be used (a French sentence for staff). */
	static PgClient find(String bin) throws Unusable {
		Path dump = locate(bin, "pg_dump");
		Path restore = locate(bin, "pg_restore");
		if (dump == null || restore == null) {
			throw new Unusable(StringUtils.hasText(bin)
					? "pg_dump et pg_restore sont introuvables dans " + bin + " (réglage PPSM_BACKUP_PG_BIN)."
					: "pg_dump et pg_restore sont introuvables (ni PPSM_BACKUP_PG_BIN, ni le PATH).");
		}
		return new PgClient(dump, restore, version(dump));
	}

	/** The tools, if they can dump a server of that major version. */
	static PgClient forServer(String bin, int serverMajor) throws Unusable {
		PgClient client = find(bin);
		if (client.major < serverMajor) {
			throw new Unusable("pg_dump " + client.major + " ne peut pas sauvegarder PostgreSQL " + serverMajor
					+ " : il faut pg_dump " + serverMajor + " ou plus récent (réglage PPSM_BACKUP_PG_BIN).");
		}
		return client;
	}

	private static Path locate(String bin, String tool) {
		if (StringUtils.hasText(bin)) {
			Path path = Path.of(bin.strip(), tool);
			return Files.isExecutable(path) ? path : null;
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String dir : path.split(java.io.File.pathSeparator)) {
			if (!dir.isEmpty()) {
				Path candidate = Path.of(dir, tool);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	private static int version(Path tool) throws Unusable {
		try {
			Process process = new ProcessBuilder(tool.toString(), "--version").redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new Unusable(tool + " --version a échoué : " + Processes.lastLines(out));
			}
			Matcher matcher = VERSION.matcher(out);
			if (!matcher.find()) {
				throw new Unusable(tool + " --version ne donne pas de version : " + Processes.lastLines(out));
			}
			return Integer.parseInt(matcher.group(1));
		}
		catch (IOException ex) {
			throw new Unusable(tool + " ne démarre pas : " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Unusable(tool + " --version interrompu");
		}
	}

	/** The tools are missing or too old: the message says which and how to fix it. */
	static class Unusable extends Exception {

		Unusable(String message) {
			super(message);
		}

	}

}
