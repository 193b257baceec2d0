package bi.ppsm.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages, kept as plain and as gzip bytes with the headers they were sent with.
 * Bounded (least recently used pages go first), emptied on every content change, and off
 * whenever changes cannot be heard ({@link ContentChangeListener}).
 */
@Component
public class PageCache {

	/**
	 * Request attribute a controller sets (to {@code Boolean.TRUE}) when the query string of the
	 * page is one of the finitely many it recognises. A page with any other query string is never
	 * stored: made-up URLs cannot push real pages out of the cache.
	 */
	public static final String KNOWN_QUERY = PageCache.class.getName() + ".KNOWN_QUERY";

	private final boolean enabled;

	private final Map<String, Page> pages;

	private volatile boolean live;

	/** Counts invalidations, so a page rendered from data older than the last change is not kept. */
	private long generation;

	PageCache(@Value("${ppsm.page-cache.enabled:true}") boolean enabled,
			@Value("${ppsm.page-cache.max-pages:500}") int maxPages) {
		this.enabled = enabled;
		this.pages = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
				return size() > maxPages;
			}
		};
	}

	/** True when pages may be served from and stored in the cache. */
	public boolean isActive() {
		return this.enabled && this.live;
	}

	void setLive(boolean live) {
		this.live = live;
	}

	public synchronized Page get(String key) {
		return isActive() ? this.pages.get(key) : null;
	}

	/** The current generation: pass it to {@link #put} for a page rendered from now on. */
	synchronized long generation() {
		return this.generation;
	}

	/**
	 * Keeps a page unless the content changed since {@code renderedAt} (a {@link #generation()}
	 * read before rendering): a page that read the old data must not outlive the change.
	 */
	synchronized void put(String key, Page page, long renderedAt) {
		if (isActive() && renderedAt == this.generation) {
			this.pages.put(key, page);
		}
	}

	public synchronized void invalidateAll() {
		this.generation++;
		this.pages.clear();
	}

	synchronized int size() {
		return this.pages.size();
	}

	/** A stored page: its headers (name, value), its body, and the same body gzipped. */
	record Page(Map<String, String> headers, byte[] body, byte[] gzipped) {

		static Page of(Map<String, String> headers, byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Page(Map.copyOf(headers), body, out.toByteArray());
		}

	}

}
