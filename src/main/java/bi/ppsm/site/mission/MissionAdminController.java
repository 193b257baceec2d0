package bi.ppsm.site.mission;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import bi.ppsm.site.audit.AuditLog;

/** The missions of the missions page, in their order. */
@Controller
@RequestMapping(MissionAdminController.BASE)
class MissionAdminController extends TextEntryAdminController<Mission> {

	static final String BASE = "/admin/missions";

	MissionAdminController(MissionRepository entries, AuditLog audit) {
		super(entries, audit, BASE, "mission", "admin.nav.missions", Mission::new);
	}

}
