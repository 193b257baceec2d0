package bi.ppsm.site.embeddeddb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

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
		EmbeddedPostgres first = EmbeddedServers.start(dataDir);
		try (Connection connection = first.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('modifié avant redémarrage')");
		}
		EmbeddedServers.stop(dataDir);

		EmbeddedPostgres second = EmbeddedServers.start(dataDir);
		try (Connection connection = second.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("modifié avant redémarrage");
		}
		finally {
			EmbeddedServers.stop(dataDir);
		}
	}

	@Test
	void aServerLeftRunningByAKilledApplicationIsStoppedAndTheDataKept(@TempDir Path dir) throws Exception {
		Path dataDir = dir.resolve("postgres");
		Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AbandonedPostgres.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(killed.getInputStream().readAllBytes());
		assertThat(killed.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("started");
		long leftover = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).contains(true);

		EmbeddedPostgres restarted = EmbeddedServers.start(dataDir);
		try (Connection connection = restarted.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select 1")) {
			assertThat(rows.next()).isTrue();
			assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
		finally {
			EmbeddedServers.stop(dataDir);
		}
	}

	@Test
	void withoutConfiguredDatabaseTheEmbeddedOneIsUsed() {
		MockEnvironment environment = new MockEnvironment().withProperty("ppsm.embedded-db.ephemeral", "true");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:");
	}

}
