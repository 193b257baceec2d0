package bi.ppsm.site.mission;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The perspectives' texts in English and Kirundi. */
@Component
@Order(70)
class PerspectiveTranslations extends TextEntryTranslations<Perspective> {

	PerspectiveTranslations(PerspectiveRepository perspectives) {
		super(perspectives, "perspective", "admin.nav.perspectives", Perspective.class, PerspectiveAdminController.BASE);
	}

}
