package bi.ppsm.site.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address in PostgreSQL, so that the limits hold
 * across several instances. After {@value #ACCOUNT_LIMIT} failures for one account, or
 * {@value #ADDRESS_LIMIT} from one address, within {@link #WINDOW}, further attempts are
 * refused until the window has passed.
 */
@Component
public class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final int KEY_LENGTH = 250;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String accountKey(String login) {
		return key("compte:" + StaffAccount.normalise(login));
	}

	static String addressKey(String address) {
		return key("adresse:" + address);
	}

	/**
	 * A key the table can hold whatever was typed as login: no control character (PostgreSQL
	 * refuses NUL), at most the column's 250 characters.
	 */
	private static String key(String raw) {
		String clean = raw.replaceAll("\\p{Cc}", "");
		return (clean.length() <= KEY_LENGTH) ? clean : clean.substring(0, KEY_LENGTH);
	}

	public boolean isBlocked(String login, String address) {
		Timestamp since = Timestamp.from(this.clock.instant().minus(WINDOW));
		Integer blocked = this.jdbc.queryForObject("""
				select count(*) from login_throttle where window_start > ?
				and ((throttle_key = ? and failures >= ?) or (throttle_key = ? and failures >= ?))""", Integer.class,
				since, accountKey(login), ACCOUNT_LIMIT, addressKey(address), ADDRESS_LIMIT);
		return blocked != null && blocked > 0;
	}

	public void failed(String login, String address) {
		count(accountKey(login));
		count(addressKey(address));
	}

	/** A successful sign-in clears the account's counter (not the address's). */
	public void succeeded(String login) {
		this.jdbc.update("delete from login_throttle where throttle_key = ?", accountKey(login));
	}

	/** Forgets both counters (tests, or an administrator unblocking someone). */
	public void reset(String login, String address) {
		this.jdbc.update("delete from login_throttle where throttle_key in (?, ?)", accountKey(login),
				addressKey(address));
	}

	private void count(String key) {
		Instant now = this.clock.instant();
		Timestamp expired = Timestamp.from(now.minus(WINDOW));
		this.jdbc.update("""
				insert into login_throttle (throttle_key, failures, window_start) values (?, 1, ?)
				on conflict (throttle_key) do update set
				failures = case when login_throttle.window_start <= ? then 1 else login_throttle.failures + 1 end,
				window_start = case when login_throttle.window_start <= ? then excluded.window_start
				else login_throttle.window_start end""", key, Timestamp.from(now), expired, expired);
	}

}
