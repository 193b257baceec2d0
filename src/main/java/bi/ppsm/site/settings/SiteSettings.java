package bi.ppsm.site.settings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single row of organisation details: name, contact details, social links, helpline. */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

	public static final int ID = 1;

	@Id
	private Integer id = ID;

	@Column(name = "site_name", nullable = false)
	private String siteName;

	@Column(nullable = false)
	private String acronym;

	private String tagline;

	@Column(name = "contact_email")
	private String contactEmail;

	private String phone;

	private String address;

	@Column(name = "facebook_url")
	private String facebookUrl;

	@Column(name = "instagram_url")
	private String instagramUrl;

	@Column(name = "twitter_url")
	private String twitterUrl;

	@Column(name = "helpline_number")
	private String helplineNumber;

	@Column(name = "helpline_text_rn")
	private String helplineTextRn;

	/** The PPSM's IATI organisation identifier (BI-NIF-... with its tax number); none: nothing is exported. */
	@Column(name = "iati_identifier")
	private String iatiIdentifier;

	/** Its type in IATI's OrganisationType codelist (22: national NGO). */
	@Column(name = "iati_org_type")
	private String iatiOrgType;

	/** Staff addresses, comma-separated, told when a message arrives. */
	@Column(name = "notification_emails")
	private String notificationEmails;

	@Version
	private int version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@PrePersist
	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	public boolean hasSocialLinks() {
		return this.facebookUrl != null || this.instagramUrl != null || this.twitterUrl != null;
	}

	public Integer getId() {
		return this.id;
	}

	public String getSiteName() {
		return this.siteName;
	}

	public void setSiteName(String siteName) {
		this.siteName = siteName;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getTagline() {
		return this.tagline;
	}

	public void setTagline(String tagline) {
		this.tagline = tagline;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getFacebookUrl() {
		return this.facebookUrl;
	}

	public void setFacebookUrl(String facebookUrl) {
		this.facebookUrl = facebookUrl;
	}

	public String getInstagramUrl() {
		return this.instagramUrl;
	}

	public void setInstagramUrl(String instagramUrl) {
		this.instagramUrl = instagramUrl;
	}

	public String getTwitterUrl() {
		return this.twitterUrl;
	}

	public void setTwitterUrl(String twitterUrl) {
		this.twitterUrl = twitterUrl;
	}

	public String getHelplineNumber() {
		return this.helplineNumber;
	}

	public void setHelplineNumber(String helplineNumber) {
		this.helplineNumber = helplineNumber;
	}

	public String getHelplineTextRn() {
		return this.helplineTextRn;
	}

	public void setHelplineTextRn(String helplineTextRn) {
		this.helplineTextRn = helplineTextRn;
	}

	public String getNotificationEmails() {
		return this.notificationEmails;
	}

	public void setNotificationEmails(String notificationEmails) {
		this.notificationEmails = notificationEmails;
	}

	public int getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getIatiIdentifier() {
		return this.iatiIdentifier;
	}

	public void setIatiIdentifier(String iatiIdentifier) {
		this.iatiIdentifier = iatiIdentifier;
	}

	public String getIatiOrgType() {
		return (this.iatiOrgType != null) ? this.iatiOrgType : "22";
	}

	public void setIatiOrgType(String iatiOrgType) {
		this.iatiOrgType = iatiOrgType;
	}

}
