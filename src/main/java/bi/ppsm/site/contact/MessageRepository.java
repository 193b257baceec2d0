package bi.ppsm.site.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<ContactMessage, Long> {

	/**
	 * A page of the inbox with whom each message is assigned to, without counting the status's
	 * messages (one more message is read to know if there is a next page).
	 */
	@Query("""
			select m from ContactMessage m left join fetch m.assignedTo where m.status = :status
			order by m.priority desc, m.createdAt desc, m.id desc""")
	Slice<ContactMessage> findInboxSlice(MessageStatus status, Pageable pageable);

	/** The messages of a status, counted up to {@code limit} only (an archive may hold hundreds of thousands). */
	@Query(nativeQuery = true,
			value = "select count(*) from (select 1 from contact_message where status = :status limit :limit) as m")
	long countByStatusUpTo(String status, int limit);

	long countByStatusAndReadAtIsNull(MessageStatus status);

	long countByClientAddressAndCreatedAtAfter(String clientAddress, Instant after);

	/** Every message from this address (whatever its case), oldest first. */
	List<ContactMessage> findByEmailIgnoreCaseOrderByCreatedAtAscIdAsc(String email);

	long countByEmailIgnoreCaseAndCreatedAtAfter(String email, Instant after);

	@Query("select m.id from ContactMessage m where m.status in :statuses and m.createdAt < :before")
	List<Long> findIdsToDelete(Collection<MessageStatus> statuses, Instant before);

}
