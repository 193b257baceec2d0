package bi.ppsm.site.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of every row of every table (the sign-in throttle, sessions if they are kept in the
 * database, and Flyway's history aside): two equal fingerprints mean that nothing was written in
 * between, whatever table a request might have touched, including tables added after this test
 * was written.
 */
final class DatabaseFingerprint {

	private static final List<String> IGNORED = List.of("flyway_schema_history", "login_throttle");

	private DatabaseFingerprint() {
	}

	static Map<String, String> of(JdbcTemplate jdbc) {
		Map<String, String> digests = new LinkedHashMap<>();
		for (String table : jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""",
				String.class)) {
			if (!IGNORED.contains(table) && !table.startsWith("spring_session")) {
				digests.put(table, jdbc.queryForObject(
						"select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
								+ table + " t",
						String.class));
			}
		}
		return digests;
	}

}
