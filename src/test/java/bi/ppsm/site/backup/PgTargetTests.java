package bi.ppsm.site.backup;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site's JDBC settings as pg_dump and pg_restore receive them: no secret on the command line. */
class PgTargetTests {

	@Test
	void theEmbeddedServersUrlGivesItsUserThroughTheEnvironment() {
		PgTarget target = PgTarget.fromJdbc("jdbc:postgresql://localhost:5433/postgres?user=postgres", "postgres", "");
		assertThat(target.uri()).isEqualTo("postgresql://localhost:5433/postgres");
		assertThat(target.environment()).isEqualTo(Map.of("PGUSER", "postgres"));
	}

	@Test
	void onlyParametersLibpqKnowsAreKeptAndThePasswordGoesToTheEnvironment() {
		PgTarget target = PgTarget.fromJdbc(
				"jdbc:postgresql://db.example.org:5432/ppsm?sslmode=require&ApplicationName=site&password=s3cret%21",
				"ppsm", null);
		assertThat(target.uri()).isEqualTo("postgresql://db.example.org:5432/ppsm?sslmode=require").doesNotContain("s3cret");
		assertThat(target.environment()).isEqualTo(Map.of("PGUSER", "ppsm", "PGPASSWORD", "s3cret!"));
		assertThat(target.toString()).doesNotContain("s3cret");
	}

	@Test
	void anotherDatabaseThanPostgresqlIsRefused() {
		assertThatThrownBy(() -> PgTarget.fromJdbc("jdbc:h2:mem:test", null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
