package bi.ppsm.site.zone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * How a province of 2015 went to a province of 2025: whole, or a part (the detail says which).
 * A row the sources do not confirm is {@link #isUncertain() uncertain} and never shown as fact.
 */
@Entity
@Table(name = "zone_succession")
public class ZoneSuccession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "old_zone_id")
	private Zone oldZone;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "new_zone_id")
	private Zone newZone;

	private boolean whole;

	private String detail;

	@Column(nullable = false)
	private String confidence;

	private boolean uncertain;

	private String sources;

	protected ZoneSuccession() {
	}

	public ZoneSuccession(Zone oldZone, Zone newZone, boolean whole, String detail, boolean uncertain) {
		this.oldZone = oldZone;
		this.newZone = newZone;
		this.whole = whole;
		this.detail = detail;
		this.confidence = uncertain ? "low" : "high";
		this.uncertain = uncertain;
	}

	public Long getId() {
		return this.id;
	}

	public Zone getOldZone() {
		return this.oldZone;
	}

	public Zone getNewZone() {
		return this.newZone;
	}

	public boolean isWhole() {
		return this.whole;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getConfidence() {
		return this.confidence;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

	public String getSources() {
		return this.sources;
	}

	/** A whole province that went, as far as the sources confirm, into the new one. */
	public boolean isConfirmedWhole() {
		return this.whole && !this.uncertain;
	}

}
