package bi.ppsm.site.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresEnvironmentTests {

	private final EmbeddedPostgresEnvironment processor = new EmbeddedPostgresEnvironment(destination -> destination.get());

	@Test
	void configuredDatabaseStartsNoEmbeddedServer() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/ppsm");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().contains("embeddedPostgres")).isFalse();
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/ppsm");
	}

	@Test
	void dataSurvivesARestart(@TempDir Path dir) throws Exception {
		Path dataDir = dir.resolve("postgres");
		EmbeddedPostgres first = EmbeddedPostgresEnvironment.start(dataDir);
		try (Connection connection = first.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('modifié avant redémarrage')");
		}
		EmbeddedPostgresEnvironment.stop(dataDir);

		EmbeddedPostgres second = EmbeddedPostgresEnvironment.start(dataDir);
		try (Connection connection = second.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("modifié avant redémarrage");
		}
		finally {
			EmbeddedPostgresEnvironment.stop(dataDir);
		}
	}

	@Test
	void withoutConfiguredDatabaseTheEmbeddedOneIsUsed() {
		MockEnvironment environment = new MockEnvironment().withProperty("ppsm.embedded-db.ephemeral", "true");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:");
	}

}
