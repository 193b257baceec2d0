package bi.ppsm.site.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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

	/** Unknown filter values (a mistyped status, say) are ignored: the list is never an error. */
	@GetMapping("/projets")
	String list(@RequestParam(required = false) String statut, @RequestParam(required = false) String bailleur,
			@RequestParam(required = false) String zone, Model model, HttpServletRequest request) {
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
		if (filter.recognises(request.getParameterMap())) {
			request.setAttribute(PageCache.KNOWN_QUERY, Boolean.TRUE);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("projects", all.stream().filter(filter::matches).toList());
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


}
