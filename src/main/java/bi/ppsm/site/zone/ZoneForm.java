package bi.ppsm.site.zone;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.VersionedForm;

/**
 * A province or commune of one of the two maps, or a wider scope of intervention: its map year
 * (2015 or 2025, none for a wider scope), a commune's province, its validity (the end is the
 * first day it no longer exists), a note and whether the sources confirm it. How these fit
 * together is checked by {@link ZoneRules}.
 */
record ZoneForm(@NotBlank @Size(max = 80) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 120) String name, @NotNull ZoneKind kind, Integer mapYear, Long parentId,
		LocalDate validFrom, LocalDate validTo, @Size(max = 500) String note, Boolean uncertain, Integer version)
		implements VersionedForm {

	ZoneForm {
		note = (note == null || note.isBlank()) ? null : note;
		uncertain = Boolean.TRUE.equals(uncertain);
	}

	/** A new province of the map in force. */
	static ZoneForm blank() {
		return new ZoneForm(null, null, ZoneKind.PROVINCE, ZoneRules.MAP_IN_FORCE, null, null, null, null, false, 0);
	}

	static ZoneForm of(Zone zone) {
		return new ZoneForm(zone.getSlug(), zone.getName(), zone.getKind(), zone.getMapYear(),
				(zone.getParent() == null) ? null : zone.getParent().getId(), zone.getValidFrom(), zone.getValidTo(),
				zone.getNote(), zone.isUncertain(), zone.getVersion());
	}

}
