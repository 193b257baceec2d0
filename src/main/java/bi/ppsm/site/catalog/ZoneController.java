package bi.ppsm.site.catalog;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.directory.PublishedServicePoints;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.zone.ProvinceShapes;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneRepository;

/**
 * Where the PPSM works: the map of Burundi's provinces (of 2025 by default, of 2015 with
 * {@code ?carte=2015}), the wider scopes, and a page per province and commune.
 */
@Controller
class ZoneController {

	private final Catalog catalog;

	private final ZoneRepository zones;

	private final ZoneMaps maps;

	private final PublishedServicePoints servicePoints;

	ZoneController(Catalog catalog, ZoneRepository zones, ZoneMaps maps, PublishedServicePoints servicePoints) {
		this.catalog = catalog;
		this.zones = zones;
		this.maps = maps;
		this.servicePoints = servicePoints;
	}

	/** An unknown map year shows the default map: the page is never an error. */
	@GetMapping("/zones-d-intervention")
	String zones(@RequestParam(required = false) String carte, Model model, HttpServletRequest request) {
		int year = ProvinceShapes.YEARS.stream()
			.filter(y -> String.valueOf(y).equals(carte))
			.findFirst()
			.orElse(ZoneMaps.DEFAULT_YEAR);
		// only the finitely many known pages are worth keeping in the page cache
		boolean known = request.getParameterMap()
			.entrySet()
			.stream()
			.allMatch(p -> p.getKey().equals("carte") && p.getValue().length == 1
					&& p.getValue()[0].equals(String.valueOf(year)));
		if (known) {
			request.setAttribute(PageCache.KNOWN_QUERY, Boolean.TRUE);
		}
		List<Programme> programmes = this.catalog.programmes();
		List<Project> projects = this.catalog.projects();
		List<ZoneActivity> scopes = this.zones.findAllByOrderByPositionAscNameAsc()
			.stream()
			.filter(z -> z.getMapYear() == null)
			.map(z -> new ZoneActivity(z, programmes.stream().filter(p -> p.getZones().contains(z)).toList(),
					projects.stream().filter(p -> p.getZones().contains(z)).toList()))
			.filter(ZoneActivity::isActive)
			.toList();
		model.addAttribute("scopes", scopes);
		model.addAttribute("map", this.maps.map(year, programmes, projects));
		model.addAttribute("years", ProvinceShapes.YEARS);
		return "zones";
	}

	@GetMapping("/zones-d-intervention/{slug}")
	String zone(@PathVariable String slug, Model model) {
		ZoneMaps.ZonePage page = this.maps.page(slug).orElseThrow(() -> new NotFoundException("zone " + slug));
		model.addAttribute("page", page);
		// The service points of the directory are listed here once it has them (issue 16).
		model.addAttribute("servicePoints", this.servicePoints.inZone(page.zone()));
		return "zone";
	}

	public record ZoneActivity(Zone zone, List<Programme> programmes, List<Project> projects) {

		public boolean isActive() {
			return !this.programmes.isEmpty() || !this.projects.isEmpty();
		}

	}

}
