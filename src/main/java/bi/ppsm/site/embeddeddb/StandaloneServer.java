package bi.ppsm.site.embeddeddb;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL on a data directory, started without the site: for commands such as
 * the restore of a backup into a fresh data directory. An empty directory is initialised first.
 */
public final class StandaloneServer implements AutoCloseable {

	private final Path dataDir;

	private final int port;

	private StandaloneServer(Path dataDir, int port) {
		this.dataDir = dataDir;
		this.port = port;
	}

	/** Starts the server of that data directory and waits until it answers. */
	public static StandaloneServer start(Path dataDir) {
		Path dir = dataDir.toAbsolutePath().normalize();
		return new StandaloneServer(dir, EmbeddedServers.start(dir).getPort());
	}

	public int port() {
		return this.port;
	}

	/** Stops the server (a clean shutdown: the data directory is ready for the site). */
	@Override
	public void close() {
		EmbeddedServers.stop(this.dataDir);
	}

}
