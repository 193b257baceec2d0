package bi.ppsm.site.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The directory of pg_dump and pg_restore 17 for the tests: PPSM_BACKUP_PG_BIN when set (CI sets
 * it from .ci/pg-client), else what {@code bash .ci/pg-client} provides (cached after its first
 * run, a few seconds).
 */
final class TestPgClient {

	private static String bin;

	private TestPgClient() {
	}

	static synchronized String bin() {
		if (bin == null) {
			String configured = System.getenv("PPSM_BACKUP_PG_BIN");
			bin = (configured != null && !configured.isBlank()) ? configured : fromScript();
		}
		return bin;
	}

	private static String fromScript() {
		try {
			Path out = Files.createTempFile("pg-client", ".out");
			Process process = new ProcessBuilder("bash", ".ci/pg-client").redirectOutput(out.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("bash .ci/pg-client failed: pg_dump 17 is needed for the backup tests");
			}
			String dir = Files.readString(out, StandardCharsets.UTF_8).strip();
			Files.delete(out);
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException("bash .ci/pg-client failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
