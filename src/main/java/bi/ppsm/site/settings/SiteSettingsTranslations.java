package bi.ppsm.site.settings;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The public texts of the site settings (tagline, address) have English and Kirundi versions; the name, acronym and contact details do not. */
@Component
@Order(100)
class SiteSettingsTranslations implements TranslatableType<SiteSettings> {

	private static final List<TranslatableField<SiteSettings>> FIELDS = List.of(
			TranslatableField.text("tagline", "admin.settings.tagline", 600, SiteSettings::getTagline),
			TranslatableField.line("address", "admin.settings.address", 400, SiteSettings::getAddress));

	private final SiteSettingsRepository repository;

	SiteSettingsTranslations(SiteSettingsRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "settings";
	}

	@Override
	public String labelKey() {
		return "admin.nav.settings";
	}

	@Override
	public Class<SiteSettings> entityClass() {
		return SiteSettings.class;
	}

	@Override
	public List<TranslatableField<SiteSettings>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(SiteSettings entity) {
		return entity.getId().longValue();
	}

	@Override
	public String label(SiteSettings entity) {
		return entity.getSiteName();
	}

	@Override
	public Optional<SiteSettings> find(long id) {
		return (id == SiteSettings.ID) ? this.repository.findById(SiteSettings.ID) : Optional.empty();
	}

	@Override
	public List<SiteSettings> all() {
		return this.repository.findById(SiteSettings.ID).stream().toList();
	}

	@Override
	public String editUrl(long id) {
		return SiteSettingsAdminController.PATH;
	}

}
