package bi.ppsm.site.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

	/** Due mails, locked for this transaction; rows locked by another instance are skipped. */
	@Query(value = "select * from outbox_mail where status = 'PENDING' and next_attempt_at <= :now "
			+ "order by id limit :limit for update skip locked", nativeQuery = true)
	List<OutboxMail> claimDue(Instant now, int limit);

	boolean existsByKindAndRecipientAndCreatedAtAfter(OutboxMail.Kind kind, String recipient, Instant after);

	List<OutboxMail> findByMessageIdOrderByCreatedAtAsc(Long messageId);

	long countByStatus(OutboxMail.Status status);

	/** Every e-mail to this address (whatever its case), oldest first. */
	@Query("select m from OutboxMail m where lower(m.recipient) = lower(:recipient) order by m.createdAt, m.id")
	List<OutboxMail> findToRecipient(String recipient);

	@Modifying
	@Query("delete from OutboxMail m where m.messageId = :messageId")
	void deleteByMessage(Long messageId);

}
