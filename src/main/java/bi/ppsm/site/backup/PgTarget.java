package bi.ppsm.site.backup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.StringUtils;

/**
 * A database as pg_dump and pg_restore reach it: the JDBC URL turned into a libpq URI, the user
 * and the password in the environment (never on the command line, where {@code ps} shows it).
 *
 * @param uri postgresql://host:port/database, with the libpq parameters the JDBC URL had (sslmode...)
 * @param user the user, or null for libpq's default
 * @param password the password, or null
 */
record PgTarget(String uri, String user, String password) {

	/** JDBC parameters libpq understands too; the others (ApplicationName...) are left out. */
	private static final Set<String> LIBPQ_PARAMETERS = Set.of("sslmode", "sslcert", "sslkey", "sslrootcert",
			"sslpassword", "connect_timeout", "options");

	/** From spring.datasource.url, .username and .password. */
	static PgTarget fromJdbc(String jdbcUrl, String username, String password) {
		if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("Adresse de base de données non PostgreSQL : " + jdbcUrl);
		}
		String rest = jdbcUrl.substring("jdbc:".length());
		int question = rest.indexOf('?');
		String base = (question < 0) ? rest : rest.substring(0, question);
		Map<String, String> parameters = new HashMap<>();
		if (question >= 0) {
			for (String pair : rest.substring(question + 1).split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		List<String> kept = new ArrayList<>();
		parameters.forEach((name, value) -> {
			if (LIBPQ_PARAMETERS.contains(name)) {
				kept.add(name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		String uri = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
		String user = StringUtils.hasText(username) ? username : parameters.get("user");
		String secret = StringUtils.hasText(password) ? password : parameters.get("password");
		return new PgTarget(uri, user, secret);
	}

	/** PGUSER and PGPASSWORD for the tool's process. */
	Map<String, String> environment() {
		Map<String, String> environment = new HashMap<>();
		if (StringUtils.hasText(this.user)) {
			environment.put("PGUSER", this.user);
		}
		if (StringUtils.hasText(this.password)) {
			environment.put("PGPASSWORD", this.password);
		}
		return environment;
	}

	@Override
	public String toString() {
		return this.uri;
	}

}
