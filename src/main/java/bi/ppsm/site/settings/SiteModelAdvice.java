package bi.ppsm.site.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the organisation's details into every page's model as {@code site} (read once per
 * content change, see {@link CurrentSiteSettings}). When the database
 * cannot be read the pages (error pages included) still render, without those details.
 */
@ControllerAdvice
class SiteModelAdvice {

	private static final Logger log = LoggerFactory.getLogger(SiteModelAdvice.class);

	private final CurrentSiteSettings settings;

	SiteModelAdvice(CurrentSiteSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("site")
	SiteSettings site() {
		try {
			return this.settings.get();
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Site settings unavailable: {}", ex.getMessage());
			return null;
		}
	}

}
