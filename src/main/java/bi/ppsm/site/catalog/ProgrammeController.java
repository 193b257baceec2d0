package bi.ppsm.site.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import bi.ppsm.site.news.FeedLink;
import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.system.NotFoundException;

@Controller
class ProgrammeController {

	private final Catalog catalog;

	private final Clock clock;

	private final PublishedNews news;

	ProgrammeController(Catalog catalog, Clock clock, PublishedNews news) {
		this.catalog = catalog;
		this.clock = clock;
		this.news = news;
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
		model.addAttribute("news", this.news.latest(detail.programme(), PublishedNews.BLOCK_SIZE));
		model.addAttribute("feed", FeedLink.ofProgramme(slug, detail.programme().getName()));
		return "programmes/show";
	}

}
