package bi.ppsm.site.search;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.UntilContentChange;
import bi.ppsm.site.search.SiteSearch.Results;

/**
 * The results of up to {@value #MAX} searches, kept in memory until the next content change
 * (as the page cache keeps its pages, on every instance): a search asked again, or its next
 * page and back, costs no statement. When full, the search kept first is dropped first. Reading
 * takes no lock (a lock held by a request that the processor set aside made every other search
 * wait). Only in this process's memory, never written anywhere, and dropped at each change; the
 * pages themselves are still kept by no browser or proxy. A search inside a transaction of its
 * own (tests rolled back) may see uncommitted data: it neither reads nor fills what is kept.
 */
@Component
class RecentResults {

	/** How many searches are kept: a page of results takes a few kilobytes. */
	static final int MAX = 256;

	/** What makes two searches the same: what {@link SiteSearch#search} is given. */
	record Key(String text, SearchKind kind, int page, boolean english) {
	}

	private final UntilContentChange<Kept> kept;

	RecentResults(ObjectProvider<PageCache> changes) {
		this.kept = new UntilContentChange<>(changes);
	}

	Results get(Key key, Supplier<Results> search) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return search.get();
		}
		Kept recent = this.kept.get(Kept::new);
		Results results = recent.results.get(key);
		if (results == null) {
			results = search.get();
			recent.add(key, results);
		}
		return results;
	}

	/** The searches kept since the last change, and the order in which they were kept. */
	private static final class Kept {

		private final Map<Key, Results> results = new ConcurrentHashMap<>();

		private final Queue<Key> order = new ConcurrentLinkedQueue<>();

		void add(Key key, Results found) {
			if (this.results.put(key, found) == null) {
				this.order.add(key);
			}
			while (this.results.size() > MAX) {
				Key oldest = this.order.poll();
				if (oldest == null) {
					break;
				}
				this.results.remove(oldest);
			}
		}

	}

}
