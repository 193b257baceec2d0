package bi.ppsm.site.catalog;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.project.ProjectStatus;
import bi.ppsm.site.system.NotFoundException;

@Controller
class ProjectController {

	private final Catalog catalog;

	private final ProjectListing listing;

	private final RelatedContent related;

	ProjectController(Catalog catalog, ProjectListing listing, RelatedContent related) {
		this.catalog = catalog;
		this.listing = listing;
		this.related = related;
	}

	/** Unknown filter values (a mistyped status, say) are ignored: the list is never an error. */
	@GetMapping("/projets")
	String list(@RequestParam(required = false) String statut, @RequestParam(required = false) String bailleur,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String page, Model model,
			HttpServletRequest request) {
		// a page of the list (from 1 in the URL): a number beyond the last page shows the last
		ProjectListing.Listing list = this.listing.list(statut, bailleur, zone, pageNumber(page));
		ProjectFilter filter = list.filter();
		int number = list.projects().getNumber();
		if (filter.recognises(request.getParameterMap(), (number > 0) ? String.valueOf(number + 1) : null)) {
			request.setAttribute(PageCache.KNOWN_QUERY, Boolean.TRUE);
		}
		model.addAttribute("filter", filter);
		// the pager's links keep the filter, and only the parameters it uses
		model.addAttribute("pagerPath", UriComponentsBuilder.fromPath("/projets")
			.queryParamIfPresent("statut", Optional.ofNullable(filter.statut()))
			.queryParamIfPresent("bailleur", Optional.ofNullable(filter.bailleur()))
			.queryParamIfPresent("zone", Optional.ofNullable(filter.zone()))
			.build()
			.encode()
			.toUriString());
		model.addAttribute("projects", list.projects());
		model.addAttribute("total", list.total());
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("donors", list.donors());
		model.addAttribute("zones", list.zones());
		return "projects/list";
	}

	@GetMapping("/projets/{slug}")
	String show(@PathVariable String slug, Model model) {
		Catalog.ProjectDetail detail = this.catalog.project(slug, false)
			.orElseThrow(() -> new NotFoundException("project " + slug));
		model.addAttribute("detail", detail);
		this.related.addTo(model, detail.project());
		return "projects/show";
	}


	/** The page asked for, from 0: anything but a plain number from 1 is the first page. */
	static int pageNumber(String page) {
		if (page == null || page.isEmpty() || page.length() > 6 || !page.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 0;
		}
		return Math.max(Integer.parseInt(page) - 1, 0);
	}

}
