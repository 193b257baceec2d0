package bi.ppsm.site.embeddeddb;

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

/**
 * The embedded PostgreSQL servers of this JVM, one per data directory ({@code null}: one
 * throw-away server), each started once in the background and stopped with the JVM.
 */
final class EmbeddedServers {

	private static final Map<String, Server> RUNNING = new HashMap<>();

	private EmbeddedServers() {
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
		synchronized (EmbeddedServers.class) {
			servers = List.copyOf(RUNNING.values());
		}
		servers.forEach(Server::await);
	}

	/**
	 * The server of a data directory, started in the background: PostgreSQL takes about half a
	 * second to start, during which Spring reads the application's configuration instead of
	 * waiting. Its port is chosen now, so that the data source can be configured at once.
	 */
	static synchronized Server starting(Path dataDir) {
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
				.addShutdownHook(new Thread(() -> started.thenAccept(EmbeddedServers::close).exceptionally(ex -> null).join(),
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
				.ifPresent(EmbeddedServers::stopAndWait);
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
		synchronized (EmbeddedServers.class) {
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

	/** An embedded server: its port is known at once, the server itself once it answers. */
	record Server(String name, int port, CompletableFuture<EmbeddedPostgres> started) {

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
