package bi.ppsm.site.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import bi.ppsm.site.admin.AdminForms;

/**
 * A donor, partner or member as staff edit it; its roles are chosen on each programme and
 * project. A member shows on /membres with its year of joining and its contact.
 */
record OrganisationForm(@NotBlank @Size(max = 80) @Pattern(regexp = AdminForms.SLUG) String slug,
		@Size(max = 40) String acronym, @NotBlank @Size(max = 200) String name,
		@Size(max = 300) @URL(regexp = "^https?://.*") String website, @Size(max = 2000) String description,
		Long parent, Boolean self, Long logo, Boolean member, @Min(1950) @Max(2100) Integer memberSince,
		@Size(max = 254) @Email String contactEmail, @Size(max = 40) @Pattern(regexp = AdminForms.PHONE) String contactPhone,
		@Size(max = 300) String address, Integer version) {

	static OrganisationForm empty() {
		return new OrganisationForm(null, null, null, null, null, null, Boolean.FALSE, null, Boolean.FALSE, null, null,
				null, null, 0);
	}

	/** This form with the fields of a member's sheet, as of the version the sheet was proposed from. */
	OrganisationForm withSheet(MemberSheetForm sheet, Integer baseVersion) {
		return new OrganisationForm(this.slug, sheet.acronym(), sheet.name(), sheet.website(), sheet.description(),
				this.parent, this.self, sheet.logo(), this.member, this.memberSince, sheet.contactEmail(),
				sheet.contactPhone(), sheet.address(), baseVersion);
	}

	static OrganisationForm from(Organisation o) {
		return new OrganisationForm(o.getSlug(), o.getAcronym(), o.getName(), o.getWebsite(), o.getDescription(),
				(o.getParent() != null) ? o.getParent().getId() : null, o.isSelf(), o.getLogoImageId(), o.isMember(),
				o.getMemberSince(), o.getContactEmail(), o.getContactPhone(), o.getAddress(), o.getVersion());
	}

}
