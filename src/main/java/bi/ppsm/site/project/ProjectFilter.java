package bi.ppsm.site.project;

import java.util.Arrays;

import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneKind;

/**
 * The filters of the project list: a status, a donor (organisation slug) and a zone (zone
 * slug), each optional. A project "in all provinces" matches every province. An unknown
 * status is ignored rather than refused: a filter never makes the list an error.
 */
public record ProjectFilter(ProjectStatus statut, String bailleur, String zone) {

	static ProjectFilter of(String statut, String bailleur, String zone) {
		ProjectStatus status = Arrays.stream(ProjectStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(statut))
			.findFirst()
			.orElse(null);
		return new ProjectFilter(status, blankToNull(bailleur), blankToNull(zone));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public boolean isEmpty() {
		return this.statut == null && this.bailleur == null && this.zone == null;
	}

	boolean matches(Project project) {
		return (this.statut == null || project.getStatus() == this.statut)
				&& (this.bailleur == null || project.getFunders()
					.stream()
					.map(Involvement::getOrganisation)
					.anyMatch(o -> o.getSlug().equals(this.bailleur)
							|| (o.getParent() != null && o.getParent().getSlug().equals(this.bailleur))))
				&& (this.zone == null || project.getZones().stream().anyMatch(this::covers));
	}

	private boolean covers(Zone candidate) {
		return candidate.getSlug().equals(this.zone) || candidate.getKind() == ZoneKind.ALL_PROVINCES;
	}

}
