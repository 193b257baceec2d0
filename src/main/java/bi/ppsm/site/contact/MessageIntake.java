package bi.ppsm.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.mail.Outbox;
import bi.ppsm.site.mail.OutboxMail;
import bi.ppsm.site.settings.SiteSettings;
import bi.ppsm.site.settings.CurrentSiteSettings;
import bi.ppsm.site.system.EmailAddresses;

/**
 * Stores a message and its e-mails in one transaction: nothing is sent before the message is
 * committed, and a message is never dropped (suspected spam is stored as SPAM, without e-mail).
 */
@Service
class MessageIntake {

	private static final Duration ACK_INTERVAL = Duration.ofHours(24);

	private final MessageRepository messages;

	private final SpamFilter spam;

	private final Outbox outbox;

	private final CurrentSiteSettings settings;

	private final StaffAccountRepository accounts;

	private final MessageSource bundles;

	private final Clock clock;

	MessageIntake(MessageRepository messages, SpamFilter spam, Outbox outbox, CurrentSiteSettings settings,
			StaffAccountRepository accounts, MessageSource bundles, Clock clock) {
		this.accounts = accounts;
		this.messages = messages;
		this.spam = spam;
		this.outbox = outbox;
		this.settings = settings;
		this.bundles = bundles;
		this.clock = clock;
	}

	@Transactional
	ContactMessage receive(ContactForm form, Locale locale, String clientAddress, String baseUrl) {
		String spamReason = this.spam.reason(form, clientAddress);
		ContactMessage message = this.messages.save(new ContactMessage(form, locale.getLanguage(), clientAddress,
				spamReason, this.clock.instant()));
		if (spamReason != null) {
			return message;
		}
		// The acknowledgement is a fixed text: the form cannot send chosen words to a stranger.
		if (EmailAddresses.isValid(form.email())
				&& !this.outbox.sentRecently(OutboxMail.Kind.ACKNOWLEDGEMENT, form.email(), ACK_INTERVAL)) {
			Locale mailLocale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
			OutboxMail ack = this.outbox.enqueue(OutboxMail.Kind.ACKNOWLEDGEMENT, form.email(), this.outbox.from(),
					text("mail.ack.subject", mailLocale), text("mail.ack.body", mailLocale), null, message.getId(), null);
			message.setAckMessageId(ack.getMessageIdHeader());
		}
		String link = baseUrl + "/admin/messages/" + message.getId();
		String subject = text(message.isPriority() ? "mail.notify.subjectPriority" : "mail.notify.subject", Locale.FRENCH);
		for (String staff : notificationAddresses()) {
			this.outbox.enqueue(OutboxMail.Kind.NOTIFICATION, staff, null, subject,
					this.bundles.getMessage("mail.notify.body", new Object[] { link }, Locale.FRENCH), null,
					message.getId(), null);
		}
		return message;
	}

	/**
	 * The addresses of the site settings; when they name none, every enabled administrator and
	 * inbox handler, so that a message reaches somebody from the very first start.
	 */
	private String[] notificationAddresses() {
		SiteSettings site = this.settings.get();
		String[] configured = (site == null || site.getNotificationEmails() == null) ? new String[0]
				: Arrays.stream(site.getNotificationEmails().split(","))
					.map(String::strip)
					.filter(EmailAddresses::isValid)
					.distinct()
					.toArray(String[]::new);
		if (configured.length > 0) {
			return configured;
		}
		return this.accounts.findInboxReaders()
			.stream()
			.map(StaffAccount::getEmail)
			.filter(EmailAddresses::isValid)
			.distinct()
			.toArray(String[]::new);
	}

	private String text(String key, Locale locale) {
		return this.bundles.getMessage(key, null, locale);
	}

}
