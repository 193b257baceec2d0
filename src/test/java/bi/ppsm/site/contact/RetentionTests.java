package bi.ppsm.site.contact;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import bi.ppsm.site.mail.Outbox;
import bi.ppsm.site.mail.OutboxMail;
import bi.ppsm.site.mail.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention on the real PostgreSQL: closed messages after a year, spam after 30 days, never open ones. */
@SpringBootTest
@AutoConfigureMockMvc
class RetentionTests {

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	Retention retention;

	@Autowired
	MessageRepository messages;

	@Autowired
	NoteRepository notes;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	long message(MessageStatus status, int daysAgo) {
		ContactForm form = new ContactForm(null, "retention-" + System.nanoTime() + "@exemple.bi", null, Subject.OTHER,
				"Message pour la rétention.", null, null);
		long id = this.transactions.execute(tx -> {
			ContactMessage saved = this.messages.save(new ContactMessage(form, "fr", "10.9.9.9", null, Instant.now()));
			this.notes.save(new MessageNote(saved.getId(), "tri@ppsm.test", "Note", Instant.now()));
			this.outbox.enqueue(OutboxMail.Kind.ACKNOWLEDGEMENT, form.email(), null, "Sujet", "Corps", null,
					saved.getId(), null);
			return saved.getId();
		});
		this.jdbc.update("update contact_message set status = ?, created_at = now() - make_interval(days => ?) where id = ?",
				status.name(), daysAgo, id);
		return id;
	}

	boolean exists(long id) {
		return this.messages.existsById(id);
	}

	@Test
	void deletesClosedMessagesAfterAYearAndSpamAfterThirtyDaysWithTheirThreadButNeverOpenOnes() {
		long oldAnswered = message(MessageStatus.ANSWERED, 400);
		long oldArchived = message(MessageStatus.ARCHIVED, 366);
		long recentAnswered = message(MessageStatus.ANSWERED, 300);
		long oldNew = message(MessageStatus.NEW, 800);
		long oldInProgress = message(MessageStatus.IN_PROGRESS, 800);
		long oldSpam = message(MessageStatus.SPAM, 31);
		long recentSpam = message(MessageStatus.SPAM, 10);

		this.retention.run();

		assertThat(exists(oldAnswered)).isFalse();
		assertThat(exists(oldArchived)).isFalse();
		assertThat(exists(oldSpam)).isFalse();
		assertThat(exists(recentAnswered)).isTrue();
		assertThat(exists(oldNew)).isTrue();
		assertThat(exists(oldInProgress)).isTrue();
		assertThat(exists(recentSpam)).isTrue();
		for (long gone : new long[] { oldAnswered, oldArchived, oldSpam }) {
			assertThat(this.jdbc.queryForObject("select count(*) from message_note where message_id = ?", Integer.class, gone)).isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from outbox_mail where message_id = ?", Integer.class, gone)).isZero();
			assertThat(this.jdbc.queryForObject(
					"select actor from audit_entry where entity_type = 'message' and entity_id = ? and action = 'DELETE'",
					String.class, Long.toString(gone))).isEqualTo("système");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_mail where message_id = ?", Integer.class, oldNew)).isOne();
		for (long kept : new long[] { recentAnswered, oldNew, oldInProgress, recentSpam }) {
			this.transactions.executeWithoutResult(tx -> {
				this.jdbc.update("delete from outbox_mail where message_id = ?", kept);
				this.jdbc.update("delete from contact_message where id = ?", kept);
			});
		}
	}

}
