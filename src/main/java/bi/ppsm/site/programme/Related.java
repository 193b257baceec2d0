package bi.ppsm.site.programme;

import java.util.List;

import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.targetgroup.TargetGroup;
import bi.ppsm.site.zone.Zone;

/** What a programme and a project both relate to: zones, target groups, funders and partners. */
public interface Related {

	List<Zone> getZones();

	List<TargetGroup> getTargetGroups();

	/** Funders first, then partners, each in the order staff chose. */
	List<Involvement> getOrganisations();

	default List<Involvement> getFunders() {
		return getOrganisations().stream().filter(i -> i.getRole() == Role.FUNDER).toList();
	}

	default List<Involvement> getPartners() {
		return getOrganisations().stream().filter(i -> i.getRole() == Role.PARTNER).toList();
	}

}
