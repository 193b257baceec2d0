package bi.ppsm.site.mission;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The missions' texts in English and Kirundi. */
@Component
@Order(60)
class MissionTranslations extends TextEntryTranslations<Mission> {

	MissionTranslations(MissionRepository missions) {
		super(missions, "mission", "admin.nav.missions", Mission.class, MissionAdminController.BASE);
	}

}
