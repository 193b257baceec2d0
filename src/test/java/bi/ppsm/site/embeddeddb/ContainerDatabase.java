package bi.ppsm.site.embeddeddb;

import java.util.List;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.StringUtils;

/**
 * The alternative test database: with {@code -Pcontainers} (system property
 * {@code ppsm.test.containers=true}) every test context that uses the database gets a PostgreSQL
 * container (Testcontainers) as a {@link ServiceConnection} bean instead of the embedded server.
 * One container per test run, shared by all Spring contexts, like the embedded server.
 * <p>
 * The image is {@code -Dppsm.test.postgres-image=...}, else the environment variable
 * {@code PPSM_TEST_POSTGRES_IMAGE}, else the official {@code postgres:17}. Without the switch this
 * class does nothing, and the default test run never needs a container engine.
 * <p>
 * Registered in {@code src/test/resources/META-INF/spring.factories}.
 */
public class ContainerDatabase implements ContextCustomizerFactory {

	static final String SWITCH = "ppsm.test.containers";

	static final String DEFAULT_IMAGE = "postgres:17";

	private static PostgreSQLContainer container;

	static boolean enabled() {
		return Boolean.getBoolean(SWITCH);
	}

	static String image() {
		String property = System.getProperty("ppsm.test.postgres-image");
		if (StringUtils.hasText(property)) {
			return property.strip();
		}
		String variable = System.getenv("PPSM_TEST_POSTGRES_IMAGE");
		return StringUtils.hasText(variable) ? variable.strip() : DEFAULT_IMAGE;
	}

	/** The container of this run, started on first use; Testcontainers fails clearly without an engine. */
	static synchronized PostgreSQLContainer container() {
		if (container == null) {
			PostgreSQLContainer started = new PostgreSQLContainer(
					DockerImageName.parse(image()).asCompatibleSubstituteFor("postgres"));
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-test-postgres"));
			// The application starts its embedded PostgreSQL when no spring.datasource.url is set
			// (EmbeddedPostgresEnvironment, before any bean exists): this says a database is
			// configured. The connection itself comes from the @ServiceConnection bean below.
			System.setProperty("spring.datasource.url", started.getJdbcUrl());
			System.setProperty("spring.datasource.username", started.getUsername());
			System.setProperty("spring.datasource.password", started.getPassword());
			container = started;
		}
		return container;
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!enabled() || !usesDatabase(testClass)) {
			return null;
		}
		container();
		return new Customizer();
	}

	/** Full-stack and repository tests; controller slices have no database. */
	static boolean usesDatabase(Class<?> testClass) {
		MergedAnnotations annotations = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY);
		return annotations.isPresent(SpringBootTest.class) || annotations.isPresent(DataJpaTest.class);
	}

	/** Adds {@link Beans} to the context; equal for every test class, so contexts stay cached. */
	record Customizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			if (context instanceof BeanDefinitionRegistry registry) {
				registry.registerBeanDefinition(Beans.class.getName(), new RootBeanDefinition(Beans.class));
			}
		}

	}

	/**
	 * Its bean, in "lite" mode: deliberately not a {@code @Configuration} or
	 * {@code @TestConfiguration}, so that no component scan (the application's own, in the
	 * contexts some suites start without the test framework) ever picks it up by itself.
	 */
	static class Beans {

		/** Shared by every context: closing one context must not stop it. */
		@Bean(destroyMethod = "")
		@ServiceConnection
		PostgreSQLContainer postgres() {
			return container();
		}

	}

}
