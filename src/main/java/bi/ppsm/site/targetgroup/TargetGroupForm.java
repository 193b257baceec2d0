package bi.ppsm.site.targetgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.VersionedForm;

/** A target group; featured ones make the site-wide list. */
record TargetGroupForm(@NotBlank @Size(max = 200) String name, Boolean featured, Integer version)
		implements VersionedForm {
}
