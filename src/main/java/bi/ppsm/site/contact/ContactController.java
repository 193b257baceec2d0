package bi.ppsm.site.contact;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ContactController {

	@GetMapping("/contact")
	String contact() {
		return "contact";
	}

}
