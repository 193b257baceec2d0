package bi.ppsm.site.news;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A scheduled item that goes public, or an item whose end date passes, changes the pages
 * without any write to the database, so no trigger tells the page caches. Every minute this
 * asks whether a publication or end date fell since the last check (an indexed query that
 * reads no row most of the time) and, if so, sends the content-change notification every
 * instance listens to (see db/V4): every cache is emptied.
 */
@Component
class VisibilityWatch {

	private static final Logger log = LoggerFactory.getLogger(VisibilityWatch.class);

	private final NewsRepository news;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private Instant lastCheck;

	VisibilityWatch(NewsRepository news, JdbcTemplate jdbc, Clock clock) {
		this.news = news;
		this.jdbc = jdbc;
		this.clock = clock;
		this.lastCheck = clock.instant();
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void check() {
		Instant now = this.clock.instant();
		try {
			if (changedSince(this.lastCheck, now)) {
				this.jdbc.queryForList("select pg_notify('ppsm_content', 'news_item')");
			}
			this.lastCheck = now;
		}
		catch (DataAccessException ex) {
			// tried again at the next run, from the same last check
			log.warn("News visibility check failed: {}", ex.getMessage());
		}
	}

	/** Whether an item went public or came off after {@code since}, up to {@code now}. */
	boolean changedSince(Instant since, Instant now) {
		return now.isAfter(since) && this.news.anyChangeOfVisibility(since, now);
	}

}
