package bi.ppsm.site.embeddeddb;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Holds back every {@link DataSource} until the embedded PostgreSQL started in the background by
 * {@link EmbeddedPostgresEnvironment} answers (at once when none was started, or when it already
 * answers). A server that could not start fails the application's start here, with its cause.
 */
@Component
class AwaitEmbeddedPostgres implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource) {
			EmbeddedServers.awaitStarted();
		}
		return bean;
	}

}
