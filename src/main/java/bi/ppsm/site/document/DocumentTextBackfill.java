package bi.ppsm.site.document;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads once, in the background after start-up, the text of the PDFs uploaded before the site
 * search stored it (db/V51). Each document is written on its own, so a restart or a second
 * instance simply goes on; a file that cannot be read gets an empty text and is not tried again.
 */
@Component
class DocumentTextBackfill {

	private static final Logger logger = LoggerFactory.getLogger(DocumentTextBackfill.class);

	private static final int BATCH = 20;

	private final JdbcTemplate jdbc;

	private final DocumentFiles files;

	DocumentTextBackfill(JdbcTemplate jdbc, DocumentFiles files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Thread thread = new Thread(this::run, "document-text-backfill");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** The number of documents read. */
	int run() {
		int done = 0;
		long last = 0;
		try {
			while (true) {
				List<Long> ids = this.jdbc.queryForList("select d.id from document d where d.file_type = 'PDF'"
						+ " and d.id > ? and not exists (select 1 from document_text t where t.document_id = d.id)"
						+ " order by d.id limit " + BATCH, Long.class, last);
				if (ids.isEmpty()) {
					break;
				}
				for (long id : ids) {
					last = id;
					try {
						this.files.file(id).ifPresent(bytes -> this.files.storeText(id, DocumentText.of(bytes, FileType.PDF)));
						done++;
					}
					catch (DataAccessException ex) {
						// deleted meanwhile, or the database went away: the next start tries again
						logger.info("Text of document {} not stored: {}", id, ex.toString());
					}
				}
			}
		}
		catch (DataAccessException ex) {
			logger.info("Reading the text of earlier documents stopped: {}", ex.toString());
		}
		if (done > 0) {
			logger.info("Text of {} earlier document(s) read for the site search", done);
		}
		return done;
	}

}
