package bi.ppsm.site.mail;

import java.time.Clock;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import bi.ppsm.site.system.PpsmProperties;

/**
 * Delivers due outbox mails through SMTP. Each batch is claimed with FOR UPDATE SKIP LOCKED and
 * marked in the same transaction, so that two instances never send the same mail. Without
 * spring.mail.host nothing is sent: mails wait, PENDING.
 */
@Component
public class OutboxSender implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	private final OutboxRepository mails;

	private final JavaMailSender sender;

	private final boolean configured;

	private final TransactionTemplate transactions;

	private final Outbox outbox;

	private final Clock clock;

	private final PpsmProperties.Outbox settings;

	OutboxSender(OutboxRepository mails, JavaMailSender sender, @Value("${spring.mail.host:}") String host,
			TransactionTemplate transactions, Outbox outbox, Clock clock, PpsmProperties properties) {
		this.mails = mails;
		this.sender = sender;
		this.configured = StringUtils.hasText(host);
		this.transactions = transactions;
		this.outbox = outbox;
		this.clock = clock;
		this.settings = properties.mail().outbox();
	}

	/** A pass every ppsm.mail.outbox.interval, the first after ppsm.mail.outbox.initial-delay. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(
				new FixedDelayTask(this::scheduled, this.settings.interval(), this.settings.firstDelay()));
	}

	void scheduled() {
		try {
			runOnce();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox pass failed: {}", ex.getMessage());
		}
	}

	/** One pass: sends every due mail, batch after batch. Returns the number of mails sent. */
	public int runOnce() {
		if (!this.configured) {
			return 0;
		}
		int sent = 0;
		while (true) {
			Integer[] batch = this.transactions.execute(status -> sendBatch());
			sent += batch[0];
			if (batch[1] < BATCH) {
				return sent;
			}
		}
	}

	private Integer[] sendBatch() {
		List<OutboxMail> due = this.mails.claimDue(this.clock.instant(), BATCH);
		int sent = 0;
		String from = this.outbox.from();
		for (OutboxMail mail : due) {
			try {
				this.sender.send(toMime(this.sender, mail, from));
				mail.sent(this.clock.instant());
				sent++;
			}
			catch (Exception ex) {
				log.warn("Mail {} not sent (attempt {}): {}", mail.getId(), mail.getAttempts() + 1, ex.getMessage());
				mail.failed(ex.getMessage(), this.clock.instant(), this.settings.maxAttempts());
			}
		}
		return new Integer[] { sent, due.size() };
	}

	private static MimeMessage toMime(JavaMailSender sender, OutboxMail mail, String from) throws Exception {
		MimeMessage mime = new MimeMessage(sender.createMimeMessage().getSession()) {

			@Override
			protected void updateMessageID() throws jakarta.mail.MessagingException {
				setHeader("Message-ID", mail.getMessageIdHeader());
			}

		};
		MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.getRecipient());
		if (mail.getReplyTo() != null) {
			helper.setReplyTo(mail.getReplyTo());
		}
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getBody(), false);
		if (mail.getInReplyTo() != null) {
			mime.setHeader("In-Reply-To", mail.getInReplyTo());
			mime.setHeader("References", mail.getReferences());
		}
		return mime;
	}

}
