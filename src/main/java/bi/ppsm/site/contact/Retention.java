package bi.ppsm.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.PpsmProperties;

/**
 * Deletes closed messages (answered, archived) after ppsm.retention.closed and spam after
 * ppsm.retention.spam, with their notes and e-mails. New and in-progress messages are never
 * deleted. Each deletion is audited, by "système".
 */
@Component
public class Retention implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final MessageRepository messages;

	private final Inbox inbox;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration closed;

	private final Duration spam;

	private final String cron;

	Retention(MessageRepository messages, Inbox inbox, AuditLog audit, TransactionTemplate transactions, Clock clock,
			PpsmProperties properties) {
		this.messages = messages;
		this.inbox = inbox;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.closed = properties.retention().closed();
		this.spam = properties.retention().spam();
		this.cron = properties.retention().cron();
	}

	/** Runs at ppsm.retention.cron; "-" disables it. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!ScheduledTaskRegistrar.CRON_DISABLED.equals(this.cron)) {
			registrar.addCronTask(this::scheduled, this.cron);
		}
	}

	void scheduled() {
		int deleted = run();
		log.info("Retention: {} message(s) deleted", deleted);
	}

	/** Deletes what is past its time; returns how many messages were deleted. */
	public int run() {
		Instant now = this.clock.instant();
		List<Long> ids = new java.util.ArrayList<>(this.messages
			.findIdsToDelete(List.of(MessageStatus.ANSWERED, MessageStatus.ARCHIVED), now.minus(this.closed)));
		ids.addAll(this.messages.findIdsToDelete(List.of(MessageStatus.SPAM), now.minus(this.spam)));
		for (Long id : ids) {
			this.transactions.executeWithoutResult(status -> this.messages.findById(id).ifPresent(message -> {
				this.inbox.deleteWithThread(message);
				this.audit.record("DELETE", Inbox.ENTITY, id, message.label(), List.of("retention"));
			}));
		}
		return ids.size();
	}

}
