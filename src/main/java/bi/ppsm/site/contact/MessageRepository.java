package bi.ppsm.site.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<ContactMessage, Long> {

	@Query("select m from ContactMessage m where m.status = :status order by m.priority desc, m.createdAt desc, m.id desc")
	Page<ContactMessage> findInbox(MessageStatus status, Pageable pageable);

	long countByStatusAndReadAtIsNull(MessageStatus status);

	long countByClientAddressAndCreatedAtAfter(String clientAddress, Instant after);

	/** Every message from this address (whatever its case), oldest first. */
	List<ContactMessage> findByEmailIgnoreCaseOrderByCreatedAtAscIdAsc(String email);

	long countByEmailIgnoreCaseAndCreatedAtAfter(String email, Instant after);

	@Query("select m.id from ContactMessage m where m.status in :statuses and m.createdAt < :before")
	List<Long> findIdsToDelete(Collection<MessageStatus> statuses, Instant before);

}
