package bi.ppsm.site.contact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import bi.ppsm.site.account.StaffAccount;

/** A message written through the contact form. Sensitive: shown only in the admin inbox. */
@Entity
@Table(name = "contact_message")
public class ContactMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "sender_name")
	private String senderName;

	private String email;

	private String phone;

	@Enumerated(EnumType.STRING)
	private Subject subject;

	private String body;

	private String language;

	private boolean priority;

	@Enumerated(EnumType.STRING)
	private MessageStatus status;

	@Column(name = "spam_reason")
	private String spamReason;

	@Column(name = "client_address")
	private String clientAddress;

	@Column(name = "read_at")
	private Instant readAt;

	@ManyToOne
	@JoinColumn(name = "assigned_to")
	private StaffAccount assignedTo;

	@Column(name = "ack_message_id")
	private String ackMessageId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected ContactMessage() {
	}

	ContactMessage(ContactForm form, String language, String clientAddress, String spamReason, Instant now) {
		this.senderName = form.name();
		this.email = form.email();
		this.phone = form.phone();
		this.subject = form.subject();
		this.body = form.message();
		this.language = language;
		this.priority = form.subject().isPriority();
		this.spamReason = spamReason;
		this.status = (spamReason == null) ? MessageStatus.NEW : MessageStatus.SPAM;
		this.clientAddress = clientAddress;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A label for the audit log that reveals nothing of the content. */
	String label() {
		return "message " + this.id;
	}

	void setStatus(MessageStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	void assign(StaffAccount staff, Instant now) {
		this.assignedTo = staff;
		if (staff != null && this.status == MessageStatus.NEW) {
			this.status = MessageStatus.IN_PROGRESS;
		}
		this.updatedAt = now;
	}

	void setAckMessageId(String ackMessageId) {
		this.ackMessageId = ackMessageId;
	}

	public Long getId() {
		return this.id;
	}

	public String getSenderName() {
		return this.senderName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public Subject getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public String getLanguage() {
		return this.language;
	}

	public boolean isPriority() {
		return this.priority;
	}

	public MessageStatus getStatus() {
		return this.status;
	}

	public String getSpamReason() {
		return this.spamReason;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public StaffAccount getAssignedTo() {
		return this.assignedTo;
	}

	public String getAckMessageId() {
		return this.ackMessageId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public int getVersion() {
		return this.version;
	}

}
