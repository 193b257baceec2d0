package bi.ppsm.site.contact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An internal note of staff about a message; never sent to the writer. */
@Entity
@Table(name = "message_note")
public class MessageNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "message_id")
	private Long messageId;

	private String author;

	private String body;

	@Column(name = "created_at")
	private Instant createdAt;

	protected MessageNote() {
	}

	MessageNote(Long messageId, String author, String body, Instant now) {
		this.messageId = messageId;
		this.author = author;
		this.body = body;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
