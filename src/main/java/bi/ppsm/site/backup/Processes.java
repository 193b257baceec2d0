package bi.ppsm.site.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs pg_dump and pg_restore: their output goes to a file, its end becomes the error message. */
final class Processes {

	private Processes() {
	}

	/**
	 * Runs a command with extra environment variables (the password goes there, never on the
	 * command line) and fails with the end of its output when it exits with an error.
	 */
	static void run(List<String> command, Map<String, String> environment, Duration timeout) throws IOException {
		Path log = Files.createTempFile("ppsm-pg-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
			if (!ended) {
				process.destroyForcibly();
				throw new IOException(Path.of(command.get(0)).getFileName() + " n’a pas fini en " + timeout.toMinutes()
						+ " minutes");
			}
			if (process.exitValue() != 0) {
				throw new IOException(Path.of(command.get(0)).getFileName() + " a échoué (code " + process.exitValue()
						+ ") : " + lastLines(Files.readString(log, StandardCharsets.UTF_8)));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrompu", ex);
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	/** The last few lines of a tool's output, short enough for a page. */
	static String lastLines(String output) {
		List<String> lines = output.strip().lines().toList();
		String end = String.join(" ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
		return (end.length() <= 500) ? end : "…" + end.substring(end.length() - 499);
	}

}
