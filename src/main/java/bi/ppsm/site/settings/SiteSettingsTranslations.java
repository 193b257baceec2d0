package bi.ppsm.site.settings;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The public texts of the site settings (tagline, address) have English and Kirundi versions; the name, acronym and contact details do not. */
@Component
@Order(100)
class SiteSettingsTranslations extends TranslatableRecords<SiteSettings> {

	private static final List<TranslatableField<SiteSettings>> FIELDS = List.of(
			TranslatableField.text("tagline", "admin.settings.tagline", 600, SiteSettings::getTagline),
			TranslatableField.line("address", "admin.settings.address", 400, SiteSettings::getAddress));

	/** The one row of settings: any other id has none. */
	SiteSettingsTranslations(SiteSettingsRepository repository) {
		super("settings", "admin.nav.settings", SiteSettings.class, SiteSettingsAdminController.PATH, FIELDS,
				settings -> settings.getId().longValue(), SiteSettings::getSiteName,
				id -> (id == SiteSettings.ID) ? repository.findById(SiteSettings.ID) : Optional.empty(),
				() -> repository.findById(SiteSettings.ID).stream().toList());
	}

	@Override
	public boolean onEveryPage() {
		return true;
	}

	@Override
	public String editUrl(long id) {
		return SiteSettingsAdminController.PATH;
	}

}
