package bi.ppsm.site.embeddeddb;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switch of the alternative test database: with {@code -Pcontainers} the application's data
 * source is the container's; without it nothing is started and the embedded server is used.
 */
@SpringBootTest
class ContainerDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theDataSourceIsTheContainerExactlyWhenTheSwitchIsOn() throws Exception {
		String url;
		try (Connection connection = this.dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
		}
		if (ContainerDatabase.enabled()) {
			assertThat(url).contains(":" + ContainerDatabase.container().getMappedPort(5432) + "/"
					+ ContainerDatabase.container().getDatabaseName());
			assertThat(ContainerDatabase.container().isRunning()).isTrue();
		}
		else {
			assertThat(new ContainerDatabase().createContextCustomizer(ContainerDatabaseTests.class, List.of())).isNull();
			assertThat(url).startsWith("jdbc:postgresql://localhost:").contains("/postgres");
		}
	}

	@Test
	void theImageIsTheOfficialPostgres17UnlessSet() {
		String property = System.getProperty("ppsm.test.postgres-image");
		String variable = System.getenv("PPSM_TEST_POSTGRES_IMAGE");
		String expected = (property != null && !property.isBlank()) ? property.strip()
				: (variable != null && !variable.isBlank()) ? variable.strip() : "postgres:17";
		assertThat(ContainerDatabase.image()).isEqualTo(expected);
		assertThat(ContainerDatabase.DEFAULT_IMAGE).isEqualTo("postgres:17");
	}

}
