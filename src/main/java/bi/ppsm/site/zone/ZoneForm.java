package bi.ppsm.site.zone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.VersionedForm;

/** A province or wider scope of intervention. */
record ZoneForm(@NotBlank @Size(max = 80) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 120) String name, @NotNull ZoneKind kind, Integer version) implements VersionedForm {
}
