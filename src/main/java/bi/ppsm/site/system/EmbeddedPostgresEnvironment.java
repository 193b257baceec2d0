package bi.ppsm.site.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.aot.AbstractAotProcessor;
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
 * <p>
 * The server starts in the background while Spring reads the configuration; the first data
 * source waits for it ({@link AwaitEmbeddedPostgres}).
 */
class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String DEFAULT_DIR = "data/postgres";

	private static final Map<String, Server> RUNNING = new HashMap<>();

	private final Log log;

	EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// a database is configured, or this is the build's ahead-of-time processing, which
			// reads the application's configuration without connecting to any database
			return;
		}
		boolean ephemeral = environment.getProperty("ppsm.embedded-db.ephemeral", Boolean.class, false);
		String dir = environment.getProperty("ppsm.embedded-db.dir", DEFAULT_DIR);
		Path dataDir = ephemeral ? null : Path.of(dir).toAbsolutePath();
		Server server = starting(dataDir);
		this.log.info("No SPRING_DATASOURCE_URL: embedded PostgreSQL on port " + server.port()
				+ ((dataDir != null) ? ", data in " + dataDir : ", throw-away data"));
		Map<String, Object> props = new HashMap<>();
		props.put("spring.datasource.url", "jdbc:postgresql://localhost:" + server.port() + "/postgres?user=postgres");
		props.put("spring.datasource.username", "postgres");
		props.put("spring.datasource.password", "");
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", props));
	}

	/** Starts the server of a data directory ({@code null}: throw-away) and waits until it answers. */
	static EmbeddedPostgres start(Path dataDir) {
		return starting(dataDir).await();
	}

	/**
	 * Waits until every embedded server this JVM started answers: called before the first
	 * {@code DataSource} is used ({@link AwaitEmbeddedPostgres}).
	 */
	static void awaitStarted() {
		List<Server> servers;
		synchronized (EmbeddedPostgresEnvironment.class) {
			servers = List.copyOf(RUNNING.values());
		}
		servers.forEach(Server::await);
	}

	/**
	 * The server of a data directory, started in the background: PostgreSQL takes about half a
	 * second to start, during which Spring reads the application's configuration instead of
	 * waiting. Its port is chosen now, so that the data source can be configured at once.
	 */
	private static synchronized Server starting(Path dataDir) {
		String key = dataDir == null ? "ephemeral" : dataDir.toString();
		return RUNNING.computeIfAbsent(key, k -> {
			int port = freePort();
			CompletableFuture<EmbeddedPostgres> started = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					started.complete(startNow(dataDir, port));
				}
				catch (Throwable ex) {
					started.completeExceptionally(ex);
				}
			}, "embedded-postgres-start");
			starter.setDaemon(true);
			starter.start();
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> started.thenAccept(EmbeddedPostgresEnvironment::close).exceptionally(ex -> null).join(),
						"embedded-postgres-stop"));
			return new Server(k, port, started);
		});
	}

	private static EmbeddedPostgres startNow(Path dataDir, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(port)
			// a busy or slow machine may need more than the default 10 s (crash recovery)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "200")
			.setServerConfig("fsync", dataDir == null ? "off" : "on");
		if (dataDir != null) {
			Files.createDirectories(dataDir);
			stopLeftover(dataDir);
			builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
		}
		return builder.start();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Aucun port libre pour PostgreSQL embarqué", ex);
		}
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
	static void stop(Path dataDir) {
		Server server;
		synchronized (EmbeddedPostgresEnvironment.class) {
			server = RUNNING.remove(dataDir.toString());
		}
		if (server != null) {
			close(server.await());
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

	/** An embedded server: its port is known at once, the server itself once it answers. */
	private record Server(String name, int port, CompletableFuture<EmbeddedPostgres> started) {

		EmbeddedPostgres await() {
			try {
				return this.started.join();
			}
			catch (CompletionException ex) {
				throw new IllegalStateException("Impossible de démarrer PostgreSQL embarqué (" + this.name + ")",
						ex.getCause());
			}
		}

	}

}
