package bi.ppsm.site.contact;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.mail.Outbox;
import bi.ppsm.site.mail.OutboxMail;
import bi.ppsm.site.mail.OutboxRepository;
import bi.ppsm.site.system.NotFoundException;

/** What staff do with a message; every step is written to the audit log in its transaction. */
@Service
class Inbox {

	static final String ENTITY = "message";

	private final MessageRepository messages;

	private final NoteRepository notes;

	private final OutboxRepository mails;

	private final Outbox outbox;

	private final AuditLog audit;

	private final MessageSource bundles;

	private final Clock clock;

	Inbox(MessageRepository messages, NoteRepository notes, OutboxRepository mails, Outbox outbox, AuditLog audit,
			MessageSource bundles, Clock clock) {
		this.messages = messages;
		this.notes = notes;
		this.mails = mails;
		this.outbox = outbox;
		this.audit = audit;
		this.bundles = bundles;
		this.clock = clock;
	}

	ContactMessage find(long id) {
		return this.messages.findById(id).orElseThrow(() -> new NotFoundException(ENTITY));
	}

	/** The message for a download; who exported it is written to the audit log. */
	@Transactional
	ContactMessage export(long id) {
		ContactMessage message = find(id);
		this.audit.record("EXPORT", ENTITY, id, message.label(), List.of());
		return message;
	}

	@Transactional
	ContactMessage read(long id) {
		ContactMessage message = find(id);
		message.markRead(this.clock.instant());
		this.audit.record("READ", ENTITY, id, message.label(), List.of());
		return message;
	}

	@Transactional
	void assign(long id, StaffAccount staff) {
		ContactMessage message = find(id);
		message.assign(staff, this.clock.instant());
		this.audit.record("ASSIGN", ENTITY, id, message.label(),
				List.of("assignedTo=" + ((staff == null) ? "-" : staff.getEmail())));
	}

	@Transactional
	void setStatus(long id, MessageStatus status, String action) {
		ContactMessage message = find(id);
		message.setStatus(status, this.clock.instant());
		this.audit.record(action, ENTITY, id, message.label(), List.of("status=" + status));
	}

	@Transactional
	void addNote(long id, String text, String author) {
		ContactMessage message = find(id);
		this.notes.save(new MessageNote(id, author, text, this.clock.instant()));
		this.audit.record("NOTE", ENTITY, id, message.label(), List.of());
	}

	/**
	 * The reply leaves from the organisation's address, with Reply-To that address, threaded
	 * under the acknowledgement; the subject is fixed, the staff text is the body only.
	 */
	@Transactional
	void reply(long id, String text, String author) {
		ContactMessage message = find(id);
		Locale locale = "en".equals(message.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
		this.outbox.enqueue(OutboxMail.Kind.REPLY, message.getEmail(), this.outbox.from(),
				this.bundles.getMessage("mail.reply.subject", null, locale), text, message.getAckMessageId(), id, author);
		message.setStatus(MessageStatus.ANSWERED, this.clock.instant());
		this.audit.record("REPLY", ENTITY, id, message.label(), List.of());
	}

	@Transactional
	void delete(long id) {
		ContactMessage message = find(id);
		deleteWithThread(message);
		this.audit.record("DELETE", ENTITY, id, message.label(), List.of());
	}

	/** The message, its notes and every e-mail about it (pending ones included). */
	void deleteWithThread(ContactMessage message) {
		this.mails.deleteByMessage(message.getId());
		this.notes.deleteAll(this.notes.findByMessageIdOrderByCreatedAtAsc(message.getId()));
		this.messages.delete(message);
	}

	List<MessageNote> notes(long id) {
		return this.notes.findByMessageIdOrderByCreatedAtAsc(id);
	}

	List<OutboxMail> mails(long id) {
		return this.mails.findByMessageIdOrderByCreatedAtAsc(id);
	}

}
