package bi.ppsm.site.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;

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
		model.addAttribute("programmes", this.catalog.programmeCards());
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

	/** Projects per page of a programme's list of projects. */
	static final int PROJECTS_PAGE_SIZE = 24;

	/**
	 * Every project of a programme, page by page (its page shows the first ones). A page number
	 * that is not one shows the first page, one beyond the last the last page.
	 */
	@GetMapping("/programmes/{slug}/projets")
	String projects(@PathVariable String slug, @RequestParam(required = false) String page, Model model,
			HttpServletRequest request) {
		Programme programme = this.catalog.visibleProgramme(slug)
			.orElseThrow(() -> new NotFoundException("programme " + slug));
		Page<Project> projects = this.catalog.projectsOf(programme, pageNumber(page), PROJECTS_PAGE_SIZE);
		if (projects.getNumber() > 0 && projects.getNumber() >= projects.getTotalPages()) {
			projects = this.catalog.projectsOf(programme, Math.max(projects.getTotalPages() - 1, 0), PROJECTS_PAGE_SIZE);
		}
		Map<String, String> used = new HashMap<>();
		used.put("page", (projects.getNumber() > 0) ? String.valueOf(projects.getNumber() + 1) : null);
		PageCache.markKnownQuery(request, used);
		model.addAttribute("programme", programme);
		model.addAttribute("projects", projects);
		return "programmes/projects";
	}

	/** "2" is the second page; anything else the first. */
	private static int pageNumber(String page) {
		if (page == null || page.isEmpty() || page.length() > 6 || !page.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 0;
		}
		return Math.max(Integer.parseInt(page) - 1, 0);
	}

}
