package bi.ppsm.site.mission;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import bi.ppsm.site.audit.AuditLog;

/** The perspectives of the missions page, in their order. */
@Controller
@RequestMapping(PerspectiveAdminController.BASE)
class PerspectiveAdminController extends TextEntryAdminController<Perspective> {

	static final String BASE = "/admin/perspectives";

	PerspectiveAdminController(PerspectiveRepository entries, AuditLog audit) {
		super(entries, audit, BASE, "perspective", "admin.nav.perspectives", Perspective::new);
	}

}
