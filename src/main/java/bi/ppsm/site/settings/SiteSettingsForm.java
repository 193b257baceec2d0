package bi.ppsm.site.settings;

import jakarta.validation.constraints.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/** The organisation's details shown in the header, footer and contact page. */
record SiteSettingsForm(@NotBlank @Size(max = 200) String siteName, @NotBlank @Size(max = 20) String acronym,
		@Size(max = 600) String tagline, @Email @Size(max = 200) String contactEmail, @Size(max = 60) String phone,
		@Size(max = 400) String address, @Size(max = 300) @URL(regexp = "^https://.*") String facebookUrl,
		@Size(max = 300) @URL(regexp = "^https://.*") String instagramUrl,
		@Size(max = 300) @URL(regexp = "^https://.*") String twitterUrl, @Size(max = 20) String helplineNumber,
		@Size(max = 600) String helplineTextRn, @Size(max = 1000) @EmailList String notificationEmails,
		@Size(max = 100) @Pattern(regexp = IATI_IDENTIFIER) String iatiIdentifier,
		@Size(max = 5) String iatiOrgType, Integer version) {

	/** An IATI organisation identifier: a registration agency prefix (BI-NIF) and a number, no spaces. */
	static final String IATI_IDENTIFIER = "[A-Z0-9]{2,}(-[A-Za-z0-9._]+)+";

	static SiteSettingsForm from(SiteSettings s) {
		return new SiteSettingsForm(s.getSiteName(), s.getAcronym(), s.getTagline(), s.getContactEmail(), s.getPhone(),
				s.getAddress(), s.getFacebookUrl(), s.getInstagramUrl(), s.getTwitterUrl(), s.getHelplineNumber(),
				s.getHelplineTextRn(), s.getNotificationEmails(), s.getIatiIdentifier(), s.getIatiOrgType(), s.getVersion());
	}

}
