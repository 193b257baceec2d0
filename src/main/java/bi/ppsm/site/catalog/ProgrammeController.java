package bi.ppsm.site.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import bi.ppsm.site.system.NotFoundException;

@Controller
class ProgrammeController {

	private final Catalog catalog;

	private final Clock clock;

	private final RelatedContent related;

	ProgrammeController(Catalog catalog, Clock clock, RelatedContent related) {
		this.catalog = catalog;
		this.clock = clock;
		this.related = related;
	}

	@GetMapping("/programmes")
	String list(Model model) {
		model.addAttribute("programmes", this.catalog.programmes());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "programmes/list";
	}

	@GetMapping("/programmes/{slug}")
	String show(@PathVariable String slug, Model model) {
		Catalog.ProgrammeDetail detail = this.catalog.programme(slug, false)
			.orElseThrow(() -> new NotFoundException("programme " + slug));
		model.addAttribute("detail", detail);
		model.addAttribute("today", LocalDate.now(this.clock));
		this.related.addTo(model, detail.programme());
		return "programmes/show";
	}

}
