package bi.ppsm.site.audit;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators, newest first, filtered by user, type, kind of activity
 * (content changes or the inbox's reads and replies) and dates, in plain words.
 */
@Controller
class AuditAdminController {

	static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final AuditWording wording;

	private final Clock clock;

	AuditAdminController(AuditEntryRepository entries, AuditWording wording, Clock clock) {
		this.entries = entries;
		this.wording = wording;
		this.clock = clock;
	}

	@GetMapping("/admin/journal")
	@Transactional(readOnly = true)
	String journal(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		Slice<AuditEntry> found = this.entries.findSlice(filter.specification(this.clock.getZone()), request);
		model.addAttribute("entries", found);
		model.addAttribute("lines", found.map(e -> this.wording.line(e, null)).getContent());
		model.addAttribute("actors", this.entries.findActors());
		model.addAttribute("types", types());
		model.addAttribute("kinds", List.of(AuditFilter.CONTENT, AuditFilter.MESSAGES));
		return "admin/journal";
	}

	/** The kinds of record in the log, by their French name. */
	private List<AuditType> types() {
		Collator collator = Collator.getInstance(Locale.FRENCH);
		return this.entries.findEntityTypes()
			.stream()
			.map(t -> new AuditType(t, this.wording.type(t)))
			.sorted(Comparator.comparing(AuditType::label, collator))
			.toList();
	}

	/** A value of the type filter and its name for staff. */
	record AuditType(String value, String label) {
	}

}
