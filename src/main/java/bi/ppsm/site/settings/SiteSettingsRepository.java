package bi.ppsm.site.settings;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteSettingsRepository extends JpaRepository<SiteSettings, Integer> {

	default SiteSettings get() {
		return findById(SiteSettings.ID).orElseThrow();
	}

}
