package bi.ppsm.site.iati;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What the IATI file holds now, and which programmes and projects are left out and why. */
@Controller
class IatiAdminController {

	private final IatiExport export;

	IatiAdminController(IatiExport export) {
		this.export = export;
	}

	@GetMapping("/admin/iati")
	String page(Model model) {
		model.addAttribute("snapshot", this.export.preview());
		return "admin/iati";
	}

}
