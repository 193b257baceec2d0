package bi.ppsm.site.catalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.project.ProjectStatus;
import bi.ppsm.site.zone.Zone;

/**
 * The filters of the project list: a status, a donor (organisation slug) and a zone (zone
 * slug), each optional. A project "in all provinces" matches every province, and a province
 * its communes (the rule is {@code ProjectRepository.LIST_FILTER}). An unknown
 * status is ignored rather than refused: a filter never makes the list an error.
 */
public record ProjectFilter(ProjectStatus statut, String bailleur, String zone, boolean zoneIsProvince) {

	/** The filter from request parameters; values that match no status, donor or zone are dropped. */
	static ProjectFilter of(String statut, String bailleur, String zone, List<Organisation> donors, List<Zone> zones) {
		ProjectStatus status = Arrays.stream(ProjectStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(statut))
			.findFirst()
			.orElse(null);
		String donor = donors.stream().map(Organisation::getSlug).filter(s -> s.equals(bailleur)).findFirst().orElse(null);
		Zone place = zones.stream().filter(z -> z.getSlug().equals(zone)).findFirst().orElse(null);
		return new ProjectFilter(status, donor, (place != null) ? place.getSlug() : null,
				place != null && place.getKind().isProvince());
	}

	/**
	 * True when the request has only the filter's parameters, once each, each empty or a value
	 * this filter kept: one of the finitely many filtered lists, worth keeping in the page cache.
	 * {@code page} is the page number shown (null for the first), the only value its parameter
	 * may have.
	 */
	boolean recognises(Map<String, String[]> parameters, String page) {
		Map<String, String> kept = new HashMap<>();
		kept.put("statut", (this.statut != null) ? this.statut.name() : null);
		kept.put("bailleur", this.bailleur);
		kept.put("zone", this.zone);
		kept.put("page", page);
		return parameters.entrySet()
			.stream()
			.allMatch(p -> kept.containsKey(p.getKey()) && p.getValue().length == 1
					&& (p.getValue()[0].isEmpty() || p.getValue()[0].equals(kept.get(p.getKey()))));
	}

	public boolean isEmpty() {
		return this.statut == null && this.bailleur == null && this.zone == null;
	}

}
