package bi.ppsm.site.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A scheduled record that goes public, or a record whose end date passes, changes the pages
 * without any write to the database, so no trigger tells the page caches. Every minute this
 * asks each kind of scheduled content ({@link ScheduledVisibility}: news items, programmes,
 * projects) whether a publication or end date fell since the last check (indexed queries that
 * read no row most of the time) and, if so, sends the content-change notification every
 * instance listens to (see db/V4): every cache is emptied.
 */
@Component
public class VisibilityWatch {

	private static final Logger log = LoggerFactory.getLogger(VisibilityWatch.class);

	private final List<ScheduledVisibility> contents;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private Instant lastCheck;

	VisibilityWatch(List<ScheduledVisibility> contents, JdbcTemplate jdbc, Clock clock) {
		this.contents = contents;
		this.jdbc = jdbc;
		this.clock = clock;
		this.lastCheck = clock.instant();
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void check() {
		Instant now = this.clock.instant();
		try {
			if (changedSince(this.lastCheck, now)) {
				this.jdbc.queryForList("select pg_notify('ppsm_content', 'scheduled_visibility')");
			}
			this.lastCheck = now;
		}
		catch (DataAccessException ex) {
			// tried again at the next run, from the same last check
			log.warn("Visibility check failed: {}", ex.getMessage());
		}
	}

	/** Whether a record of any kind went public or came off after {@code since}, up to {@code now}. */
	public boolean changedSince(Instant since, Instant now) {
		return now.isAfter(since) && this.contents.stream().anyMatch(c -> c.anyChangeOfVisibility(since, now));
	}

}
