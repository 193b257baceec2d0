package bi.ppsm.site.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.UntilContentChange;
import bi.ppsm.site.search.SiteSearch.Results;

/**
 * The results of the last {@value #MAX} searches, kept in memory until the next content change
 * (as the page cache keeps its pages, on every instance): a search asked again, or its next
 * page and back, costs no statement. Only in this process's memory, never written anywhere,
 * and dropped at each change; the pages themselves are still kept by no browser or proxy. A
 * search inside a transaction of its own (tests rolled back) may see uncommitted data: it
 * neither reads nor fills what is kept.
 */
@Component
class RecentResults {

	/** How many searches are kept: a page of results takes a few kilobytes. */
	static final int MAX = 256;

	/** What makes two searches the same: what {@link SiteSearch#search} is given. */
	record Key(String text, SearchKind kind, int page, boolean english) {
	}

	private final UntilContentChange<Map<Key, Results>> kept;

	RecentResults(ObjectProvider<PageCache> changes) {
		this.kept = new UntilContentChange<>(changes);
	}

	Results get(Key key, Supplier<Results> search) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return search.get();
		}
		Map<Key, Results> recent = this.kept.get(RecentResults::lastUsedFirstOut);
		Results results;
		synchronized (recent) {
			results = recent.get(key);
		}
		if (results == null) {
			results = search.get();
			synchronized (recent) {
				recent.put(key, results);
			}
		}
		return results;
	}

	private static Map<Key, Results> lastUsedFirstOut() {
		return new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Results> eldest) {
				return size() > MAX;
			}

		};
	}

}
