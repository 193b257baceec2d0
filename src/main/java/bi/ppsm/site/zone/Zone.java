package bi.ppsm.site.zone;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import bi.ppsm.site.system.ContentEntity;

/**
 * Where the PPSM works: a province or commune of one of Burundi's two administrative maps (2015:
 * 18 provinces; 2025: 5 provinces and 42 communes), or a wider scope ("Toutes les provinces",
 * national...), which belongs to no map.
 */
@Entity
public class Zone extends ContentEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ZoneKind kind;

	/** 2015 or 2025; null for a wider scope. */
	@Column(name = "map_year")
	private Integer mapYear;

	/** The province of a commune. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Zone parent;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	/** The first day the zone no longer exists (exclusive); null while it is in force. */
	@Column(name = "valid_to")
	private LocalDate validTo;

	private String note;

	/** The sources do not confirm this zone (a name only secondary lists give). */
	private boolean uncertain;

	protected Zone() {
	}

	public Zone(String slug, String name, ZoneKind kind) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ZoneKind getKind() {
		return this.kind;
	}

	public void setKind(ZoneKind kind) {
		this.kind = kind;
	}

	public Integer getMapYear() {
		return this.mapYear;
	}

	public void setMapYear(Integer mapYear) {
		this.mapYear = mapYear;
	}

	public boolean isOnMap(int year) {
		return this.mapYear != null && this.mapYear == year;
	}

	public Zone getParent() {
		return this.parent;
	}

	public void setParent(Zone parent) {
		this.parent = parent;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

	public void setUncertain(boolean uncertain) {
		this.uncertain = uncertain;
	}

}
