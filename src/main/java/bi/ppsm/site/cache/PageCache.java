package bi.ppsm.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import bi.ppsm.site.system.PpsmProperties;

/**
 * Rendered public pages, kept as plain and as gzip bytes with the headers they were sent with.
 * Bounded by the memory the pages take ({@code ppsm.page-cache.max-bytes}), not by their number:
 * pages not read since they were last passed over go first ("second chance", close to least
 * recently used), and a page larger than an eighth of the budget is not kept at all; emptied on every content change, and off whenever changes cannot be
 * heard ({@link ContentChangeListener}). Reading takes no lock: every cached answer reads it,
 * from up to 32 threads at once; storing and emptying, which are rare, are serialised.
 */
@Component
public class PageCache {

	/**
	 * Request attribute a controller sets (to {@code Boolean.TRUE}) when the query string of the
	 * page is one of the finitely many it recognises. A page with any other query string is never
	 * stored: made-up URLs cannot push real pages out of the cache.
	 */
	public static final String KNOWN_QUERY = PageCache.class.getName() + ".KNOWN_QUERY";

	/**
	 * Marks the request as {@link #KNOWN_QUERY} when its parameters are only some of those the
	 * page used, once each, each empty or the value the page used ({@code used}: parameter name
	 * to the value the page kept, null for one it ignored or did not need, such as the first
	 * page's number). Any other parameter or value leaves the page out of the cache. Returns
	 * whether it was marked.
	 */
	public static boolean markKnownQuery(HttpServletRequest request, Map<String, String> used) {
		boolean known = request.getParameterMap()
			.entrySet()
			.stream()
			.allMatch(p -> used.containsKey(p.getKey()) && p.getValue().length == 1
					&& (p.getValue()[0].isEmpty() || p.getValue()[0].equals(used.get(p.getKey()))));
		if (known) {
			request.setAttribute(KNOWN_QUERY, Boolean.TRUE);
		}
		return known;
	}

	private final boolean enabled;

	private final long maxBytes;

	/** Bytes held by the stored pages (guarded by this; read without a lock for statistics). */
	private volatile long bytes;

	private final Map<String, Entry> pages = new ConcurrentHashMap<>();

	/** Keys in the order they were stored or given a second chance (guarded by this). */
	private final Deque<String> order = new ArrayDeque<>();

	private volatile boolean live;

	/**
	 * Counts invalidations, so a page rendered from data older than the last change is not kept.
	 * Written under the lock, read without it by {@link #contentVersion()}.
	 */
	private volatile long generation;

	PageCache(PpsmProperties properties) {
		this.enabled = properties.pageCache().enabled();
		this.maxBytes = properties.pageCache().maxBytes().toBytes();
	}

	/** True when pages may be served from and stored in the cache. */
	public boolean isActive() {
		return this.enabled && this.live;
	}

	/**
	 * A number that changes with every content change heard (on any instance), or -1 while
	 * changes cannot be heard. Data read from the database after this number was read may be
	 * kept as long as the number stays the same (see {@code settings/CurrentSiteSettings}).
	 */
	public long contentVersion() {
		return this.live ? this.generation : -1;
	}

	void setLive(boolean live) {
		this.live = live;
	}

	public Page get(String key) {
		Entry entry = isActive() ? this.pages.get(key) : null;
		if (entry == null) {
			return null;
		}
		if (!entry.read) {
			entry.read = true;
		}
		return entry.page;
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
		long size = page.size(key);
		if (isActive() && renderedAt == this.generation && size <= this.maxBytes / 8) {
			Entry previous = this.pages.put(key, new Entry(page, size));
			if (previous == null) {
				this.order.addLast(key);
			}
			else {
				this.bytes -= previous.size;
			}
			this.bytes += size;
			while (this.bytes > this.maxBytes) {
				String oldest = this.order.pollFirst();
				Entry entry = this.pages.get(oldest);
				if (entry != null && entry.read) {
					entry.read = false;
					this.order.addLast(oldest);
				}
				else if (entry != null) {
					this.pages.remove(oldest);
					this.bytes -= entry.size;
				}
			}
		}
	}

	/** Largest page (plain body) worth buffering for the cache: a larger one cannot be kept anyway. */
	int maxPageBodyBytes() {
		return (int) Math.min(Integer.MAX_VALUE - 64, this.maxBytes / 8);
	}

	public synchronized void invalidateAll() {
		this.generation++;
		this.pages.clear();
		this.order.clear();
		this.bytes = 0;
	}

	int size() {
		return this.pages.size();
	}

	/** Bytes the stored pages take, as counted against {@code ppsm.page-cache.max-bytes}. */
	long bytes() {
		return this.bytes;
	}

	private static final class Entry {

		final Page page;

		final long size;

		/** Read since stored or since last passed over by the eviction. */
		volatile boolean read;

		Entry(Page page, long size) {
			this.page = page;
			this.size = size;
		}

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

		/**
		 * The memory the page takes once stored under {@code key}: both bodies, the key and the
		 * headers (two bytes a character) and the objects around them (an estimate of the JVM's).
		 */
		long size(String key) {
			long chars = key.length();
			for (Map.Entry<String, String> header : this.headers.entrySet()) {
				chars += header.getKey().length() + header.getValue().length();
			}
			return this.body.length + this.gzipped.length + 2 * chars + 64L * (this.headers.size() + 4);
		}

	}

}
