package bi.ppsm.site.draft;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Autosaved drafts of admin forms: one per staff member and form (the path it is sent to). */
@Component
class FormDrafts {

	static final Duration LIFETIME = Duration.ofDays(30);

	record Draft(String fields, Instant savedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	FormDrafts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void save(String login, String path, String fields) {
		this.jdbc.sql("""
				insert into form_draft (login, form_path, fields, saved_at) values (?, ?, ?, ?)
				on conflict (login, form_path) do update set fields = excluded.fields, saved_at = excluded.saved_at""")
			.params(login, path, fields, Timestamp.from(this.clock.instant()))
			.update();
	}

	Optional<Draft> find(String login, String path) {
		return this.jdbc.sql("select fields, saved_at from form_draft where login = ? and form_path = ? and saved_at > ?")
			.params(login, path, Timestamp.from(this.clock.instant().minus(LIFETIME)))
			.query((rs, row) -> new Draft(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	void delete(String login, String path) {
		this.jdbc.sql("delete from form_draft where login = ? and form_path = ?").params(login, path).update();
	}

	int deleteExpired() {
		return this.jdbc.sql("delete from form_draft where saved_at <= ?")
			.param(Timestamp.from(this.clock.instant().minus(LIFETIME)))
			.update();
	}

}
