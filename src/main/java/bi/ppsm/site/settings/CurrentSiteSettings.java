package bi.ppsm.site.settings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import bi.ppsm.site.cache.PageCache;

/**
 * The site settings every page shows, read from the database once per content change instead
 * of at every request. The settings table sends the content-change notification (db/V4) and a
 * save in the back office empties the page cache at once on this instance, so the copy is
 * kept exactly as long as the page cache keeps its pages, and not at all while changes cannot
 * be heard.
 */
@Component
public class CurrentSiteSettings {

	private final SiteSettingsRepository settings;

	// absent in web slice tests: then every call reads the database
	private final ObjectProvider<PageCache> changes;

	private volatile Kept kept;

	CurrentSiteSettings(SiteSettingsRepository settings, ObjectProvider<PageCache> changes) {
		this.settings = settings;
		this.changes = changes;
	}

	/** The settings, or null when there are none. Not to be changed: it is shared by every request. */
	public SiteSettings get() {
		PageCache cache = this.changes.getIfAvailable();
		long version = (cache != null) ? cache.contentVersion() : -1;
		Kept current = this.kept;
		if (version >= 0 && current != null && current.version() == version) {
			return current.settings();
		}
		SiteSettings read = this.settings.findById(SiteSettings.ID).orElse(null);
		if (version >= 0) {
			this.kept = new Kept(version, read);
		}
		return read;
	}

	private record Kept(long version, SiteSettings settings) {
	}

}
