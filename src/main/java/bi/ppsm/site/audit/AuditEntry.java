package bi.ppsm.site.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log. Never updated, never deleted by the application. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	/** The entity type of the inbox's messages: their reads and replies are not content changes. */
	public static final String MESSAGE = "message";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Column(name = "entity_type", nullable = false)
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	@Column(name = "entity_label")
	private String entityLabel;

	@Column(name = "changed_fields")
	private String changedFields;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String entityType, String entityId, String entityLabel,
			String changedFields) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.entityLabel = entityLabel;
		this.changedFields = changedFields;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public String getEntityLabel() {
		return this.entityLabel;
	}

	public String getChangedFields() {
		return this.changedFields;
	}

}
