package bi.ppsm.site.iati;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.UntilContentChange;

/**
 * The IATI admin page's summary, computed once per content change and day (every programme
 * and project checked against the rules: 1 000 projects on a large site) and kept until then,
 * as the IATI files are. One computation at a time; a request inside a transaction of its own
 * (tests rolled back) may see uncommitted data: it neither reads nor fills the kept summary.
 */
@Component
class IatiSummaries {

	private final IatiExport export;

	private final UntilContentChange<IatiSummary> kept;

	private final AtomicLong builds = new AtomicLong();

	IatiSummaries(IatiExport export, ObjectProvider<PageCache> changes) {
		this.export = export;
		this.kept = new UntilContentChange<>(changes);
	}

	IatiSummary get() {
		return this.kept.getOneAtATime(summary -> summary.today().equals(this.export.today()), this::build,
				summary -> true);
	}

	/** How many times the summary was computed since start-up (for the tests). */
	long builds() {
		return this.builds.get();
	}

	private IatiSummary build() {
		this.builds.incrementAndGet();
		return IatiSummary.of(this.export.preview());
	}

}
