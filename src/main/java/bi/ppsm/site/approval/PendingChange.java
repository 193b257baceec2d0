package bi.ppsm.site.approval;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A change a member contributor proposed to their organisation's sheet or to one of its
 * service points (a new one: no entity id yet), kept as the submitted form in JSON until an
 * administrator or editor approves or refuses it.
 */
@Entity
@Table(name = "pending_change")
public class PendingChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entity_type", nullable = false, updatable = false)
	private String entityType;

	@Column(name = "entity_id")
	private Long entityId;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private String proposed;

	@Column(name = "base_version")
	private Integer baseVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ChangeStatus status = ChangeStatus.PENDING;

	@Column(name = "proposed_by", nullable = false)
	private String proposedBy;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	private String reason;

	@Version
	private int version;

	protected PendingChange() {
	}

	PendingChange(String entityType, Long entityId, long organisationId) {
		this.entityType = entityType;
		this.entityId = entityId;
		this.organisationId = organisationId;
	}

	/** The proposal, made or made again: the latest form replaces an open one. */
	void propose(String label, String json, Integer baseVersion, String by, Instant at) {
		this.label = label;
		this.proposed = json;
		this.baseVersion = baseVersion;
		this.proposedBy = by;
		this.proposedAt = at;
	}

	void decide(ChangeStatus status, String by, Instant at, String reason) {
		this.status = status;
		this.decidedBy = by;
		this.decidedAt = at;
		this.reason = reason;
	}

	public boolean isPending() {
		return this.status == ChangeStatus.PENDING;
	}

	public boolean isCreation() {
		return this.entityId == null;
	}

	public Long getId() {
		return this.id;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	void setEntityId(Long entityId) {
		this.entityId = entityId;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public String getLabel() {
		return this.label;
	}

	public String getProposed() {
		return this.proposed;
	}

	public Integer getBaseVersion() {
		return this.baseVersion;
	}

	public ChangeStatus getStatus() {
		return this.status;
	}

	public String getProposedBy() {
		return this.proposedBy;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public int getVersion() {
		return this.version;
	}

}
