package bi.ppsm.site.embeddeddb;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedPostgresEnvironmentTests}: starts the embedded server on
 * a data directory, prints its process id, then dies without running any shutdown hook, as a
 * killed application would, leaving the server running.
 */
public final class AbandonedPostgres {

	private AbandonedPostgres() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedServers.start(Path.of(args[0]));
		System.out.println("started");
		System.out.flush();
		Runtime.getRuntime().halt(0);
	}

}
