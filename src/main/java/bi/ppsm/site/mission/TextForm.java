package bi.ppsm.site.mission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.VersionedForm;

/** A mission or a perspective: one text. */
record TextForm(@NotBlank @Size(max = 1000) String text, Integer version) implements VersionedForm {
}
