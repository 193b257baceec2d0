package bi.ppsm.site.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.draft.KeptInput;
import bi.ppsm.site.mail.OutboxMail;
import bi.ppsm.site.mail.OutboxRepository;

/**
 * A person's data on request: every message from one e-mail address with its notes and e-mails,
 * exported together or erased at once. The audit log records how many messages and a masked form
 * and SHA-256 of the address, never any text.
 */
@Service
public class PersonalData {

	static final String ENTITY = "person";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageRepository messages;

	private final Inbox inbox;

	private final OutboxRepository mails;

	private final AuditLog audit;

	private final KeptInput keptInput;

	PersonalData(MessageRepository messages, Inbox inbox, OutboxRepository mails, AuditLog audit, KeptInput keptInput) {
		this.messages = messages;
		this.inbox = inbox;
		this.mails = mails;
		this.audit = audit;
		this.keptInput = keptInput;
	}

	/** One message with its internal notes and the e-mails about it. */
	public record Thread(ContactMessage message, List<MessageNote> notes, List<OutboxMail> mails) {
	}

	/** What the site holds about an address: its messages, and other e-mails sent to it. */
	public record Found(String email, List<Thread> threads, List<OutboxMail> otherMails) {

		public boolean isEmpty() {
			return this.threads.isEmpty() && this.otherMails.isEmpty();
		}

	}

	@Transactional(readOnly = true)
	Found find(String email) {
		String address = email.strip();
		List<Thread> threads = this.messages.findByEmailIgnoreCaseOrderByCreatedAtAscIdAsc(address)
			.stream()
			.map(m -> new Thread(m, this.inbox.notes(m.getId()), this.inbox.mails(m.getId())))
			.toList();
		Set<Long> ids = threads.stream().map(t -> t.message().getId()).collect(Collectors.toSet());
		List<OutboxMail> others = this.mails.findToRecipient(address)
			.stream()
			.filter(m -> m.getMessageId() == null || !ids.contains(m.getMessageId()))
			.toList();
		return new Found(address, threads, others);
	}

	/** Everything found, as UTF-8 JSON; the export is audited. */
	@Transactional
	byte[] export(String email) {
		Found found = find(email);
		this.audit.record("EXPORT", ENTITY, null, masked(found.email()), trace(found));
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("email", found.email());
		root.put("messages", found.threads().stream().map(PersonalData::json).toList());
		root.put("otherEmails", found.otherMails().stream().map(PersonalData::json).toList());
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	/**
	 * Erases the messages, their notes, replies and e-mails, every other e-mail to the address,
	 * and staff's kept form input that holds it. Returns the number of messages erased.
	 */
	@Transactional
	int erase(String email) {
		Found found = find(email);
		for (Thread thread : found.threads()) {
			this.inbox.deleteWithThread(thread.message());
		}
		this.mails.deleteAll(found.otherMails());
		this.keptInput.forgetMentioning(found.email());
		this.audit.record("ERASE", ENTITY, null, masked(found.email()), trace(found));
		return found.threads().size();
	}

	/** "a…@exemple.bi": enough for staff to recognise a request, not the address itself. */
	static String masked(String address) {
		String email = address.strip().toLowerCase(Locale.ROOT);
		int at = email.lastIndexOf('@');
		if (at < 1) {
			return "…";
		}
		return email.substring(0, 1) + "…" + email.substring(at);
	}

	static String sha256(String email) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> trace(Found found) {
		return List.of("messages=" + found.threads().size(), "emails=" + (found.otherMails().size()
				+ found.threads().stream().mapToInt(t -> t.mails().size()).sum()), "sha256=" + sha256(found.email()));
	}

	private static Map<String, Object> json(Thread thread) {
		ContactMessage m = thread.message();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", m.getId());
		json.put("receivedAt", String.valueOf(m.getCreatedAt()));
		json.put("name", m.getSenderName());
		json.put("email", m.getEmail());
		json.put("phone", m.getPhone());
		json.put("subject", String.valueOf(m.getSubject()));
		json.put("language", m.getLanguage());
		json.put("status", String.valueOf(m.getStatus()));
		json.put("clientAddress", m.getClientAddress());
		json.put("body", m.getBody());
		json.put("notes", thread.notes().stream().map(n -> {
			Map<String, Object> note = new LinkedHashMap<>();
			note.put("writtenAt", String.valueOf(n.getCreatedAt()));
			note.put("author", n.getAuthor());
			note.put("text", n.getBody());
			return note;
		}).toList());
		json.put("emails", thread.mails().stream().map(PersonalData::json).toList());
		return json;
	}

	private static Map<String, Object> json(OutboxMail mail) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("kind", String.valueOf(mail.getKind()));
		json.put("to", mail.getRecipient());
		json.put("subject", mail.getSubject());
		json.put("body", mail.getBody());
		json.put("status", String.valueOf(mail.getStatus()));
		json.put("createdAt", String.valueOf(mail.getCreatedAt()));
		json.put("sentAt", (mail.getSentAt() != null) ? mail.getSentAt().toString() : null);
		json.put("author", mail.getAuthor());
		return json;
	}

}
