package bi.ppsm.site.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.zone.Zone;

/**
 * A place where a person can find psychosocial or mental-health help: who runs it, what it
 * offers and for whom, where (a province and commune of the 2025 map), how to reach it, and the
 * day staff last checked all this. Visitors see it only once published.
 */
@Entity
@Table(name = "service_point")
public class ServicePoint extends ContentEntity {

	@Column(nullable = false, updatable = false)
	private UUID uuid = UUID.randomUUID();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(nullable = false)
	private String name;

	private String description;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> services = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> audiences = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> languages = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id")
	private Zone province;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "commune_id")
	private Zone commune;

	/** How to find it: a landmark more than a street address ("près du marché central"). */
	@Column(nullable = false)
	private String address;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String phone;

	private String email;

	/** The opening hours as staff write them ("du lundi au vendredi, 8 h – 16 h"). */
	@Column(name = "opening_hours")
	private String openingHours;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "open_days", nullable = false)
	private List<String> openDays = new ArrayList<>();

	@Column(name = "opens_at")
	private LocalTime opensAt;

	@Column(name = "closes_at")
	private LocalTime closesAt;

	private boolean free = true;

	@Column(name = "referral_needed")
	private boolean referralNeeded;

	private boolean published;

	@Column(name = "verified_on")
	private LocalDate verifiedOn;

	protected ServicePoint() {
	}

	public ServicePoint(Organisation organisation, String name, Zone province, String address) {
		this.organisation = organisation;
		this.name = name;
		this.province = province;
		this.address = address;
	}

	/** The zone visitors see: the commune and its province, or the province alone. */
	public String getPlace() {
		return (this.commune != null) ? this.commune.getName() + ", " + this.province.getName() : this.province.getName();
	}

	/** Whether the last check is older than six months on {@code today} (or was never made). */
	public boolean isVerificationDue(LocalDate today) {
		return this.verifiedOn == null || this.verifiedOn.isBefore(today.minusMonths(6));
	}

	public List<ServiceKind> getServiceKinds() {
		return this.services.stream().map(ServiceKind::valueOf).toList();
	}

	public void setServiceKinds(Collection<ServiceKind> kinds) {
		this.services = new ArrayList<>(kinds.stream().map(Enum::name).toList());
	}

	public List<Audience> getAudienceList() {
		return this.audiences.stream().map(Audience::valueOf).toList();
	}

	public void setAudienceList(Collection<Audience> audiences) {
		this.audiences = new ArrayList<>(audiences.stream().map(Enum::name).toList());
	}

	public List<SpokenLanguage> getLanguageList() {
		return this.languages.stream().map(SpokenLanguage::valueOf).toList();
	}

	public void setLanguageList(Collection<SpokenLanguage> languages) {
		this.languages = new ArrayList<>(languages.stream().map(Enum::name).toList());
	}

	public List<OpenDay> getOpenDayList() {
		return this.openDays.stream().map(OpenDay::valueOf).toList();
	}

	public void setOpenDayList(Collection<OpenDay> days) {
		this.openDays = new ArrayList<>(days.stream().map(Enum::name).toList());
	}

	public UUID getUuid() {
		return this.uuid;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(Organisation organisation) {
		this.organisation = organisation;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Zone getProvince() {
		return this.province;
	}

	public void setProvince(Zone province) {
		this.province = province;
	}

	public Zone getCommune() {
		return this.commune;
	}

	public void setCommune(Zone commune) {
		this.commune = commune;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	/** The number for a {@code tel:} link: digits and a leading +, nothing else. */
	public String getPhoneLink() {
		return (this.phone == null) ? null : this.phone.replaceAll("[^0-9+]", "");
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOpeningHours() {
		return this.openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}

	public LocalTime getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(LocalTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalTime getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(LocalTime closesAt) {
		this.closesAt = closesAt;
	}

	public boolean isFree() {
		return this.free;
	}

	public void setFree(boolean free) {
		this.free = free;
	}

	public boolean isReferralNeeded() {
		return this.referralNeeded;
	}

	public void setReferralNeeded(boolean referralNeeded) {
		this.referralNeeded = referralNeeded;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public LocalDate getVerifiedOn() {
		return this.verifiedOn;
	}

	public void setVerifiedOn(LocalDate verifiedOn) {
		this.verifiedOn = verifiedOn;
	}

}
