package bi.ppsm.site.embeddeddb;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import bi.ppsm.site.system.PpsmProperties;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) when no database is configured, and points
 * {@code spring.datasource.*} at it. With {@code SPRING_DATASOURCE_URL} set nothing is started.
 * <p>
 * The server keeps its data in {@code ppsm.embedded-db.dir} (default {@code data/postgres}) so
 * that edits survive a restart. Tests set {@code ppsm.embedded-db.ephemeral=true}: one throw-away
 * server per JVM, shared by every Spring context of the run.
 * <p>
 * The server starts in the background while Spring reads the configuration; the first data
 * source waits for it ({@link AwaitEmbeddedPostgres}). The servers themselves are
 * {@link EmbeddedServers}'.
 */
class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

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
		// bound as the application will bind it, before any bean exists: same names, same defaults
		PpsmProperties.EmbeddedDb settings = Binder.get(environment)
			.bindOrCreate("ppsm.embedded-db", PpsmProperties.EmbeddedDb.class);
		Path dataDir = settings.ephemeral() ? null : Path.of(settings.dir()).toAbsolutePath();
		EmbeddedServers.Server server = EmbeddedServers.starting(dataDir);
		this.log.info("No SPRING_DATASOURCE_URL: embedded PostgreSQL on port " + server.port()
				+ ((dataDir != null) ? ", data in " + dataDir : ", throw-away data"));
		Map<String, Object> props = new HashMap<>();
		props.put("spring.datasource.url", "jdbc:postgresql://localhost:" + server.port() + "/postgres?user=postgres");
		props.put("spring.datasource.username", "postgres");
		props.put("spring.datasource.password", "");
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", props));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
