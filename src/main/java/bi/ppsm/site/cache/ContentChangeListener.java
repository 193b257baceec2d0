package bi.ppsm.site.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL's 'ppsm_content' channel (see db/V4) with a connection of its own and
 * empties the {@link PageCache} on every committed content change, whichever instance made it.
 * While the connection is down the cache is switched off, so a page is never served stale.
 */
@Component
class ContentChangeListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentChangeListener.class);

	private static final Duration RETRY = Duration.ofSeconds(2);

	private final DataSourceProperties dataSource;

	private final PageCache cache;

	private volatile Thread thread;

	private volatile boolean running;

	ContentChangeListener(DataSourceProperties dataSource, PageCache cache) {
		this.dataSource = dataSource;
		this.cache = cache;
	}

	@Override
	public void start() {
		this.running = true;
		Thread listener = new Thread(this::listen, "content-change-listener");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.cache.setLive(false);
		Thread listener = this.thread;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = DriverManager.getConnection(this.dataSource.determineUrl(),
					this.dataSource.determineUsername(), this.dataSource.determinePassword())) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN ppsm_content");
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				// anything may have changed while we were not listening
				this.cache.invalidateAll();
				this.cache.setLive(true);
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(5_000);
					if (notifications != null && notifications.length > 0) {
						this.cache.invalidateAll();
					}
					if (!connection.isValid(2)) {
						throw new SQLException("listener connection lost");
					}
				}
			}
			catch (SQLException ex) {
				this.cache.setLive(false);
				this.cache.invalidateAll();
				if (this.running) {
					log.warn("Page cache off until the database is back: {}", ex.getMessage());
					sleep();
				}
			}
		}
	}

	private void sleep() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
