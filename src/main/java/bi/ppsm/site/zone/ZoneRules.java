package bi.ppsm.site.zone;

import java.util.Objects;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * How a zone's kind, map, province and validity fit together: a province or commune belongs to
 * the map of 2015 or of 2025, a wider scope to none; only a commune has a province, of its own
 * map; a validity ends after it starts; a province that has communes stays a province of its map.
 * Each refusal is a field error with an {@code admin.validation.zone*} message.
 */
final class ZoneRules {

	/** The map of the zones staff create by default. */
	static final int MAP_IN_FORCE = ProvinceShapes.YEARS.get(0);

	private ZoneRules() {
	}

	/**
	 * @param form the submitted form, already valid field by field
	 * @param id the zone edited, null for a new one
	 * @param parent the province the form names, if it exists
	 * @param hasCommunes whether the zone edited is the province of communes
	 * @param current the zone edited, null for a new one
	 */
	static void check(ZoneForm form, Long id, Optional<Zone> parent, boolean hasCommunes, Zone current,
			Errors errors) {
		ZoneKind kind = form.kind();
		if (kind == null) {
			return;
		}
		boolean onMap = kind == ZoneKind.PROVINCE || kind == ZoneKind.COMMUNE;
		if (form.mapYear() != null && !ProvinceShapes.YEARS.contains(form.mapYear())) {
			errors.rejectValue("mapYear", "zoneMapYearUnknown");
		}
		else if (onMap && form.mapYear() == null) {
			errors.rejectValue("mapYear", "zoneMapYearRequired");
		}
		else if (!onMap && form.mapYear() != null) {
			errors.rejectValue("mapYear", "zoneMapYearForScope");
		}
		checkParent(form, id, parent, errors);
		if (form.validFrom() != null && form.validTo() != null && !form.validTo().isAfter(form.validFrom())) {
			errors.rejectValue("validTo", "zoneValidityOrder");
		}
		if (hasCommunes && current != null
				&& (kind != ZoneKind.PROVINCE || !Objects.equals(form.mapYear(), current.getMapYear()))) {
			errors.rejectValue("kind", "zoneHasCommunes");
		}
	}

	private static void checkParent(ZoneForm form, Long id, Optional<Zone> parent, Errors errors) {
		if (form.kind() != ZoneKind.COMMUNE) {
			if (form.parentId() != null) {
				errors.rejectValue("parentId", "zoneParentNotAllowed");
			}
			return;
		}
		if (form.parentId() == null) {
			errors.rejectValue("parentId", "zoneParentRequired");
		}
		else if (parent.isEmpty() || parent.get().getKind() != ZoneKind.PROVINCE || form.parentId().equals(id)) {
			errors.rejectValue("parentId", "zoneParentNotProvince");
		}
		else if (form.mapYear() != null && !parent.get().isOnMap(form.mapYear())) {
			errors.rejectValue("parentId", "zoneParentOtherMap");
		}
	}

}
