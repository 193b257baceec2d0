package bi.ppsm.site.result;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration of the values per period (V39) on a fresh schema of the embedded PostgreSQL:
 * every seeded fact of the key results (statement, values, unit, baseline, type, period) is the
 * same before and after it, no period row is invented, and the new table has its cache trigger.
 */
@SpringBootTest
class ResultPeriodMigrationTests {

	private static final String SCHEMA = "v39_check";

	private static final String RESULTS = "select id, programme_id, project_id, theme, statement, achieved_value, "
			+ "expected_value, unit, baseline_value, baseline_year, result_type, start_date, start_precision, end_date, "
			+ "end_precision, position from " + SCHEMA + ".key_result order by id";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void dropSchema() {
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	@Test
	void theSeededKeyResultsSurviveTheMigrationUnchanged() {
		flyway("38").migrate();
		List<Map<String, Object>> before = this.jdbc.queryForList(RESULTS);
		assertThat(before).isNotEmpty();
		flyway("39").migrate();
		assertThat(this.jdbc.queryForList(RESULTS)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from " + SCHEMA + ".key_result_period", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from information_schema.triggers where event_object_schema = ? "
				+ "and event_object_table = 'key_result_period' and action_statement like '%notify_content_change%'",
				Integer.class, SCHEMA)).isPositive();
	}

	private Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

}
