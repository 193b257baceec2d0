package bi.ppsm.site.iati;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import bi.ppsm.site.iati.IatiSummary.Row;

/**
 * What the IATI file holds now, and which programmes and projects are left out and why: the
 * summary kept by {@link IatiSummaries}, each list paged by {@link #PAGE_SIZE} ({@code exportees}
 * and {@code exclues}, from 0; what is not a number gives the first page, a number past the end
 * the last).
 */
@Controller
class IatiAdminController {

	static final int PAGE_SIZE = 50;

	private final IatiSummaries summaries;

	IatiAdminController(IatiSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/admin/iati")
	String page(@RequestParam(required = false) String exportees, @RequestParam(required = false) String exclues,
			Model model) {
		IatiSummary summary = this.summaries.get();
		model.addAttribute("summary", summary);
		model.addAttribute("exported", page(summary.exported(), exportees));
		model.addAttribute("leftOut", page(summary.leftOut(), exclues));
		return "admin/iati";
	}

	/** The page {@code number} of {@code all}, within the first and the last page. */
	static <T> Page<T> page(List<T> all, String number) {
		int last = Math.max(0, (all.size() - 1) / PAGE_SIZE);
		int n;
		try {
			n = (number != null) ? Integer.parseInt(number.trim()) : 0;
		}
		catch (NumberFormatException ex) {
			// digits only: too large for a number, so past the end
			n = number.trim().matches("\\d+") ? last : 0;
		}
		n = Math.max(0, Math.min(n, last));
		return new PageImpl<>(all.subList(n * PAGE_SIZE, Math.min(all.size(), (n + 1) * PAGE_SIZE)),
				PageRequest.of(n, PAGE_SIZE), all.size());
	}

}
