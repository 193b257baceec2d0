package bi.ppsm.site.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import bi.ppsm.site.admin.AdminForms;

/** A donor or partner as staff edit it; its roles are chosen on each programme and project. */
record OrganisationForm(@NotBlank @Size(max = 80) @Pattern(regexp = AdminForms.SLUG) String slug,
		@Size(max = 40) String acronym, @NotBlank @Size(max = 200) String name,
		@Size(max = 300) @URL(regexp = "^https?://.*") String website, @Size(max = 2000) String description,
		Long parent, Boolean self, Long logo, Integer version) {

	static OrganisationForm from(Organisation o) {
		return new OrganisationForm(o.getSlug(), o.getAcronym(), o.getName(), o.getWebsite(), o.getDescription(),
				(o.getParent() != null) ? o.getParent().getId() : null, o.isSelf(), o.getLogoImageId(), o.getVersion());
	}

}
