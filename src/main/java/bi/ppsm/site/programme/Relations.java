package bi.ppsm.site.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneLabels;
import bi.ppsm.site.zone.ZoneRepository;

/**
 * Zones, target groups, funders and partners of a programme or a project: the choices an edit
 * form offers, and the chosen ones applied to the record, in their list order.
 */
@Component
public class Relations {

	private final ZoneRepository zones;

	private final TargetGroupRepository targetGroups;

	private final OrganisationRepository organisations;

	private final ZoneLabels zoneLabels;

	Relations(ZoneRepository zones, TargetGroupRepository targetGroups, OrganisationRepository organisations,
			MessageSource messages) {
		this.zones = zones;
		this.zoneLabels = new ZoneLabels(messages);
		this.targetGroups = targetGroups;
		this.organisations = organisations;
	}

	/** The choices of the form's check-box lists. */
	public void addOptions(Model model) {
		// the 2025 map first (new work), then the 2015 map (past work), then the wider scopes
		model.addAttribute("zoneOptions", ZoneLabels.byMap(this.zones.findAllByOrderByPositionAscNameAsc())
			.stream()
			.map(z -> new Option(z.getId(), this.zoneLabels.option(z)))
			.toList());
		model.addAttribute("organisationOptions", this.organisations.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map(o -> new Option(o.getId(), o.getLabel()))
			.toList());
		model.addAttribute("targetGroupOptions", this.targetGroups.findAllByOrderByPosition()
			.stream()
			.map(t -> new Option(t.getId(), t.getName()))
			.toList());
	}

	/** Applies the ticked relations; each relation whose content changed is noted in {@code changes}. */
	public Changes apply(RelationFields form, Related record, Changes changes) {
		changes.changed("zones", replace(record.getZones(), byPosition(this.zones.findAllById(form.zones()))));
		changes.changed("targetGroups",
				replace(record.getTargetGroups(), byPosition(this.targetGroups.findAllById(form.targetGroups()))));
		List<Involvement> involvements = new ArrayList<>();
		byPosition(this.organisations.findAllById(form.funders()))
			.forEach(o -> involvements.add(new Involvement(o, Role.FUNDER)));
		byPosition(this.organisations.findAllById(form.partners()))
			.forEach(o -> involvements.add(new Involvement(o, Role.PARTNER)));
		for (Role other : new Role[] { Role.ACCOUNTABLE, Role.EXTENDING }) {
			byPosition(this.organisations.findAllById(form.otherRoles(other)))
				.forEach(o -> involvements.add(new Involvement(o, other)));
		}
		boolean changed = !keys(record.getOrganisations()).equals(keys(involvements));
		if (changed) {
			record.getOrganisations().clear();
			record.getOrganisations().addAll(involvements);
		}
		return changes.changed("organisations", changed);
	}

	public static <T extends ContentEntity> List<T> byPosition(List<T> entities) {
		return entities.stream().sorted(Comparator.comparingInt(ContentEntity::getPosition)).toList();
	}

	/** Replaces a relation's content when the chosen set differs; tells whether it did. */
	public static <T> boolean replace(List<T> current, List<T> chosen) {
		if (new HashSet<>(current).equals(new HashSet<>(chosen))) {
			return false;
		}
		current.clear();
		current.addAll(chosen);
		return true;
	}

	private static List<String> keys(List<Involvement> involvements) {
		return involvements.stream().map(i -> i.getRole() + ":" + i.getOrganisation().getId()).toList();
	}

}
