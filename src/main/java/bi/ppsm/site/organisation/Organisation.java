package bi.ppsm.site.organisation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import bi.ppsm.site.system.ContentEntity;

/** A donor or partner of the PPSM, or the PPSM itself when it funds its own work. */
@Entity
public class Organisation extends ContentEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	private String acronym;

	@Column(nullable = false)
	private String name;

	private String website;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Organisation parent;

	@Column(name = "is_self", nullable = false)
	private boolean self;

	/** Its logo, an image of the media library (bi.ppsm.site.media), or null. */
	@Column(name = "logo_image_id")
	private Long logoImageId;

	/** A member of the PPSM (not only a partner), since {@link #memberSince}. */
	private boolean member;

	@Column(name = "member_since")
	private Integer memberSince;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "contact_phone")
	private String contactPhone;

	private String address;

	/** Its stable identifier in the open data, made once when the record is. */
	@Column(nullable = false, updatable = false)
	private UUID uuid = UUID.randomUUID();

	protected Organisation() {
	}

	public Organisation(String slug, String acronym, String name) {
		this.slug = slug;
		this.acronym = acronym;
		this.name = name;
	}

	/** The short name a visitor knows: the acronym when there is one. */
	public String getLabel() {
		return (this.acronym != null && !this.acronym.isBlank()) ? this.acronym : this.name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Organisation getParent() {
		return this.parent;
	}

	public void setParent(Organisation parent) {
		this.parent = parent;
	}

	public boolean isSelf() {
		return this.self;
	}

	public void setSelf(boolean self) {
		this.self = self;
	}

	public Long getLogoImageId() {
		return this.logoImageId;
	}

	public void setLogoImageId(Long logoImageId) {
		this.logoImageId = logoImageId;
	}

	public boolean isMember() {
		return this.member;
	}

	public void setMember(boolean member) {
		this.member = member;
	}

	public Integer getMemberSince() {
		return this.memberSince;
	}

	public void setMemberSince(Integer memberSince) {
		this.memberSince = memberSince;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public UUID getUuid() {
		return this.uuid;
	}

}
