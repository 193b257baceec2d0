package bi.ppsm.site.catalog;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneRepository;

/** Where the PPSM works: the wider scopes, then province by province. */
@Controller
class ZoneController {

	private final Catalog catalog;

	private final ZoneRepository zones;

	ZoneController(Catalog catalog, ZoneRepository zones) {
		this.catalog = catalog;
		this.zones = zones;
	}

	@GetMapping("/zones-d-intervention")
	String zones(Model model) {
		List<Programme> programmes = this.catalog.programmes();
		List<Project> projects = this.catalog.projects();
		List<ZoneActivity> all = this.zones.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map(z -> new ZoneActivity(z, programmes.stream().filter(p -> p.getZones().contains(z)).toList(),
					projects.stream().filter(p -> p.getZones().contains(z)).toList()))
			.toList();
		model.addAttribute("scopes", all.stream().filter(a -> !a.zone().getKind().isProvince() && a.isActive()).toList());
		model.addAttribute("provinces",
				all.stream().filter(a -> a.zone().getKind().isProvince() && !a.zone().isOnMap(2025)).toList());
		return "zones";
	}

	public record ZoneActivity(Zone zone, List<Programme> programmes, List<Project> projects) {

		public boolean isActive() {
			return !this.programmes.isEmpty() || !this.projects.isEmpty();
		}

	}

}
