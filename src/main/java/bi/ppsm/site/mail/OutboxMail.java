package bi.ppsm.site.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One outgoing e-mail, written in the transaction of its cause and delivered later. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

	public enum Kind {

		ACKNOWLEDGEMENT, NOTIFICATION, REPLY, PASSWORD_RESET

	}

	public enum Status {

		PENDING, SENT, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String recipient;

	@Column(name = "reply_to")
	private String replyTo;

	private String subject;

	private String body;

	@Column(name = "message_id_header")
	private String messageIdHeader;

	@Column(name = "in_reply_to")
	private String inReplyTo;

	@Column(name = "references_header")
	private String references;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "created_at")
	private Instant createdAt;

	private String author;

	@Column(name = "message_id")
	private Long messageId;

	protected OutboxMail() {
	}

	OutboxMail(Kind kind, String recipient, String replyTo, String subject, String body, String messageIdHeader,
			String inReplyTo, Long messageId, String author, Instant now) {
		this.kind = kind;
		this.recipient = recipient;
		this.replyTo = replyTo;
		this.subject = subject;
		this.body = body;
		this.messageIdHeader = messageIdHeader;
		this.inReplyTo = inReplyTo;
		this.references = inReplyTo;
		this.messageId = messageId;
		this.author = author;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	void sent(Instant now) {
		this.status = Status.SENT;
		this.attempts++;
		this.sentAt = now;
		this.lastError = null;
	}

	/** Exponential backoff: 1, 2, 4... minutes, at most an hour; FAILED after maxAttempts. */
	void failed(String error, Instant now, int maxAttempts) {
		this.attempts++;
		this.lastError = (error == null) ? "?" : error.substring(0, Math.min(error.length(), 1000));
		long minutes = Math.min(60, 1L << Math.min(this.attempts - 1, 6));
		this.nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
		if (this.attempts >= maxAttempts) {
			this.status = Status.FAILED;
		}
	}

	public Long getId() {
		return this.id;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getReplyTo() {
		return this.replyTo;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public String getMessageIdHeader() {
		return this.messageIdHeader;
	}

	public String getInReplyTo() {
		return this.inReplyTo;
	}

	public String getReferences() {
		return this.references;
	}

	public Status getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getAuthor() {
		return this.author;
	}

	public Long getMessageId() {
		return this.messageId;
	}

}
