package bi.ppsm.site.audit;

import java.time.Clock;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators, newest first, filtered by user, type and dates. */
@Controller
class AuditAdminController {

	static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditAdminController(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@GetMapping("/admin/journal")
	String journal(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		model.addAttribute("entries", this.entries.findAll(filter.specification(this.clock.getZone()), request));
		model.addAttribute("actors", this.entries.findActors());
		model.addAttribute("types", this.entries.findEntityTypes());
		return "admin/journal";
	}

}
