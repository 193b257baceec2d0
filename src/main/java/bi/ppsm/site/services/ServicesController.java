package bi.ppsm.site.services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ServicesController {

	private final ServiceItemRepository services;

	ServicesController(ServiceItemRepository services) {
		this.services = services;
	}

	@GetMapping("/services")
	String services(Model model) {
		model.addAttribute("services", this.services.findAllByOrderByPosition());
		return "services";
	}

}
