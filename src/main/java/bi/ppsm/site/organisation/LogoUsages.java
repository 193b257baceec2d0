package bi.ppsm.site.organisation;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.media.ImageUsages;

/** An image used as an organisation's logo cannot leave the library. */
@Component
class LogoUsages implements ImageUsages {

	private final OrganisationRepository organisations;

	private final MessageSource messages;

	LogoUsages(OrganisationRepository organisations, MessageSource messages) {
		this.organisations = organisations;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> usagesOf(long imageId) {
		return this.organisations.findByLogoImageIdOrderByName(imageId)
			.stream()
			.map(o -> this.messages.getMessage("admin.organisation.logoOf", new Object[] { o.getName() },
					LocaleContextHolder.getLocale()))
			.toList();
	}

}
