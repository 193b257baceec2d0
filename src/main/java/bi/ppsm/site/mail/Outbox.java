package bi.ppsm.site.mail;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.settings.SiteSettings;
import bi.ppsm.site.settings.CurrentSiteSettings;
import bi.ppsm.site.system.EmailAddresses;
import bi.ppsm.site.system.PpsmProperties;

/**
 * Puts e-mails in the outbox, inside the caller's transaction. Header injection is impossible
 * by construction: every address must be one strict RFC 822 address, and any value that reaches
 * a header is refused when it holds a line break.
 */
@Service
public class Outbox {

	private final OutboxRepository mails;

	private final CurrentSiteSettings settings;

	private final Clock clock;

	private final String configuredFrom;

	Outbox(OutboxRepository mails, CurrentSiteSettings settings, Clock clock, PpsmProperties properties) {
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
		this.configuredFrom = properties.mail().from();
	}

	/** The organisation's sending address: PPSM_MAIL_FROM, else the contact e-mail, else noreply@localhost. */
	public String from() {
		if (!this.configuredFrom.isBlank()) {
			return this.configuredFrom.strip();
		}
		SiteSettings site = this.settings.get();
		return (site != null && EmailAddresses.isValid(site.getContactEmail())) ? site.getContactEmail() : "noreply@localhost";
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMail enqueue(OutboxMail.Kind kind, String recipient, String replyTo, String subject, String body,
			String inReplyTo, Long messageId, String author) {
		requireAddress(recipient);
		if (replyTo != null) {
			requireAddress(replyTo);
		}
		requireSingleLine(subject);
		requireSingleLine(inReplyTo);
		return this.mails.save(new OutboxMail(kind, recipient, replyTo, subject, body, newMessageId(), inReplyTo,
				messageId, author, this.clock.instant()));
	}

	public boolean sentRecently(OutboxMail.Kind kind, String recipient, java.time.Duration within) {
		return this.mails.existsByKindAndRecipientAndCreatedAtAfter(kind, recipient, this.clock.instant().minus(within));
	}

	String newMessageId() {
		String from = from();
		String domain = from.substring(from.indexOf('@') + 1);
		return "<" + UUID.randomUUID() + "@" + domain + ">";
	}

	private static void requireAddress(String address) {
		if (!EmailAddresses.isValid(address)) {
			throw new IllegalArgumentException("Invalid e-mail address");
		}
	}

	private static void requireSingleLine(String value) {
		if (EmailAddresses.hasLineBreak(value)) {
			throw new IllegalArgumentException("Line break in a header");
		}
	}

}
