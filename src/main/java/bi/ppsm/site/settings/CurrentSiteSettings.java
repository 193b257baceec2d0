package bi.ppsm.site.settings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.UntilContentChange;

/**
 * The site settings every page shows, read from the database once per content change instead
 * of at every request. The settings table sends the content-change notification (db/V4) and a
 * save in the back office empties the page cache at once on this instance, so the copy is
 * kept exactly as long as the page cache keeps its pages, and not at all while changes cannot
 * be heard (then every call reads the database).
 */
@Component
public class CurrentSiteSettings {

	private final SiteSettingsRepository settings;

	private final UntilContentChange<SiteSettings> kept;

	CurrentSiteSettings(SiteSettingsRepository settings, ObjectProvider<PageCache> changes) {
		this.settings = settings;
		this.kept = new UntilContentChange<>(changes);
	}

	/** The settings, or null when there are none. Not to be changed: it is shared by every request. */
	public SiteSettings get() {
		return this.kept.get(() -> this.settings.findById(SiteSettings.ID).orElse(null));
	}

}
