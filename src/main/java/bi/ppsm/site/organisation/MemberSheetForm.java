package bi.ppsm.site.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.VersionedForm;

/**
 * The part of an organisation's sheet its member contributors may change: how it is named and
 * described, its website, logo and public contact. Its address (slug), membership and place
 * among the organisations stay with the PPSM's staff. Same rules as {@link OrganisationForm}.
 */
public record MemberSheetForm(@NotBlank @Size(max = 200) String name, @Size(max = 40) String acronym,
		@Size(max = 300) @URL(regexp = "^https?://.*") String website, @Size(max = 2000) String description, Long logo,
		@Size(max = 254) @Email String contactEmail,
		@Size(max = 40) @Pattern(regexp = AdminForms.PHONE) String contactPhone, @Size(max = 300) String address,
		Integer version) implements VersionedForm {

	public static MemberSheetForm from(Organisation o) {
		return new MemberSheetForm(o.getName(), o.getAcronym(), o.getWebsite(), o.getDescription(), o.getLogoImageId(),
				o.getContactEmail(), o.getContactPhone(), o.getAddress(), o.getVersion());
	}

}
