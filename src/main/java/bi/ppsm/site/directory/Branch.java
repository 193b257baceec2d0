package bi.ppsm.site.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.zone.Zone;

/** A branch ("antenne") of the PPSM, with its address, in the order staff give. */
@Entity
@Table(name = "ppsm_branch")
public class Branch extends ContentEntity {

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "province_id")
	private Zone province;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "commune_id")
	private Zone commune;

	private String address;

	private String phone;

	private String email;

	protected Branch() {
	}

	Branch(String name) {
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	/** The number for a {@code tel:} link. */
	public String getPhoneLink() {
		return (this.phone == null) ? null : this.phone.replaceAll("[^0-9+]", "");
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
