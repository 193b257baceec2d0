package bi.ppsm.site.cache;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests of what is kept until the next content change. Every application context of the
 * test run listens to the same database, so a change made by another test (its clean-up, a
 * scheduled publication) may be heard at any moment and rightly empty what is kept. An
 * observation that must start with nothing kept and see no change during it is made right
 * after a change of its own has been heard and things are quiet, and made again until no
 * change was heard from its start to its end.
 */
public final class QuietContent {

	private static final int ATTEMPTS = 10;

	private static final Duration QUIET = Duration.ofMillis(30);

	private QuietContent() {
	}

	/** What {@code observation} returned the first time it ran, just after a change, with no change heard during it. */
	public static <T> T afterAChange(PageCache cache, JdbcTemplate jdbc, Observation<T> observation) throws Exception {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			changeAndSettle(cache, jdbc);
			long before = cache.contentVersion();
			T seen = observation.get();
			if (before >= 0 && cache.contentVersion() == before) {
				return seen;
			}
		}
		assertThat(ATTEMPTS).as("no quiet moment without a content change in %d attempts", ATTEMPTS).isZero();
		return null;
	}

	/** What a test sees: pages, files, counts. */
	@FunctionalInterface
	public interface Observation<T> {

		T get() throws Exception;

	}

	/** Tells every instance that the content changed, waits until that is heard here and nothing more is heard for a moment. */
	public static void changeAndSettle(PageCache cache, JdbcTemplate jdbc) {
		long before = cache.contentVersion();
		jdbc.execute("select pg_notify('ppsm_content', 'test')");
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (cache.contentVersion() == before && System.nanoTime() < deadline) {
			pause(Duration.ofMillis(2));
		}
		assertThat(cache.contentVersion()).as("content change heard").isNotEqualTo(before);
		long heard;
		do {
			heard = cache.contentVersion();
			pause(QUIET);
		}
		while (cache.contentVersion() != heard && System.nanoTime() < deadline);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
