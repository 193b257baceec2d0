package bi.ppsm.site.iati;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import javax.xml.stream.XMLStreamException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.UntilContentChange;

/**
 * The two IATI files as they are served: each built by one request at a time (the others wait
 * for that build and get its result) and kept, gzipped, until the next content change
 * ({@link UntilContentChange}, as {@code settings/CurrentSiteSettings} does). A file
 * whose gzip is larger than {@link #MAX_KEPT_BYTES} is served to the request that built it and
 * not kept. While content changes cannot be heard nothing is kept, but builds still run one at
 * a time. A request inside a transaction of its own (tests rolled back) may see uncommitted
 * data: it neither reads nor fills the kept copy.
 */
@Component
class IatiFiles {

	/** Largest gzipped file kept; a larger one is served to the request that built it only. */
	static final int MAX_KEPT_BYTES = 16 * 1024 * 1024;

	enum Kind {

		ACTIVITIES, ORGANISATION

	}

	/** A built file: its gzip bytes, or null when nothing is published (no organisation identifier). */
	record Built(byte[] gzipped) {

		boolean published() {
			return this.gzipped != null;
		}

	}

	private final IatiExport export;

	private final Object[] locks = { new Object(), new Object() };

	private final List<UntilContentChange<Built>> kept;

	private final AtomicLong builds = new AtomicLong();

	IatiFiles(IatiExport export, ObjectProvider<PageCache> changes) {
		this.export = export;
		this.kept = List.of(new UntilContentChange<>(changes), new UntilContentChange<>(changes));
	}

	/** The file now: the kept copy when no content changed since it was built, else a new build. */
	Built get(Kind kind) throws IOException, XMLStreamException {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return build(kind);
		}
		int i = kind.ordinal();
		synchronized (this.locks[i]) {
			UntilContentChange<Built> kept = this.kept.get(i);
			long version = kept.version();
			Optional<Built> current = kept.keptAt(version);
			if (current.isPresent()) {
				return current.get();
			}
			kept.forget();
			Built built = build(kind);
			if (!built.published() || built.gzipped().length <= MAX_KEPT_BYTES) {
				kept.keep(version, built);
			}
			return built;
		}
	}

	/** How many times a file was built since start-up (for the tests and the logs). */
	long builds() {
		return this.builds.get();
	}

	private Built build(Kind kind) throws IOException, XMLStreamException {
		this.builds.incrementAndGet();
		if (!this.export.isConfigured()) {
			return new Built(null);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (OutputStream gzip = new GZIPOutputStream(bytes, 64 * 1024)) {
			if (kind == Kind.ACTIVITIES) {
				this.export.writeActivities(gzip);
			}
			else {
				this.export.writeOrganisation(gzip);
			}
		}
		return new Built(bytes.toByteArray());
	}

}
