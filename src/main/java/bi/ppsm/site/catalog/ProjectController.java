package bi.ppsm.site.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectStatus;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneRepository;

@Controller
class ProjectController {

	private final Catalog catalog;

	private final ZoneRepository zones;

	private final RelatedContent related;

	ProjectController(Catalog catalog, ZoneRepository zones, RelatedContent related) {
		this.catalog = catalog;
		this.zones = zones;
		this.related = related;
	}

	/** Projects on a page of the list. */
	static final int PAGE_SIZE = 24;

	/** Unknown filter values (a mistyped status, say) are ignored: the list is never an error. */
	@GetMapping("/projets")
	String list(@RequestParam(required = false) String statut, @RequestParam(required = false) String bailleur,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String page, Model model,
			HttpServletRequest request) {
		List<Project> all = this.catalog.projects();
		List<Organisation> donors = all.stream()
			.flatMap(p -> p.getFunders().stream())
			.map(Involvement::getOrganisation)
			.map(o -> o.getParent() != null ? o.getParent() : o)
			.filter(Objects::nonNull)
			.distinct()
			.sorted(Comparator.comparing(Organisation::getLabel))
			.toList();
		List<Zone> zones = this.zones.findAllByOrderByPositionAscNameAsc()
			.stream()
			.filter(z -> z.getKind().isProvince() || all.stream().anyMatch(p -> p.getZones().contains(z)))
			.toList();
		ProjectFilter filter = ProjectFilter.of(statut, bailleur, zone, donors, zones);
		List<Project> matching = all.stream().filter(filter::matches).toList();
		// a page of the list (from 1 in the URL): a number beyond the last page shows the last
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(pageNumber(page), pages - 1);
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
		model.addAttribute("projects", new PageImpl<>(
				matching.subList(number * PAGE_SIZE, Math.min(matching.size(), (number + 1) * PAGE_SIZE)),
				PageRequest.of(number, PAGE_SIZE), matching.size()));
		model.addAttribute("total", all.size());
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("donors", donors);
		model.addAttribute("zones", zones);
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
