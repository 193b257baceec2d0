package bi.ppsm.site.cluster;

import java.net.URI;
import java.util.Arrays;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import bi.ppsm.site.PpsmApplication;

/**
 * One running instance of the whole site, started in this JVM on its own port with its own
 * caches, connection pool and listener, on the PostgreSQL every test context shares: what a
 * second server behind a load balancer would be.
 */
final class SiteInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final int port;

	/** @param properties name=value pairs, which override application.properties as arguments do */
	SiteInstance(String name, String... properties) {
		this.context = new SpringApplicationBuilder(PpsmApplication.class)
			.properties("server.port=0", "spring.jmx.enabled=false", "spring.application.name=" + name)
			.run(Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
		this.port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Where it listens, e.g. http://localhost:41234 */
	URI origin() {
		return URI.create("http://localhost:" + this.port);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
