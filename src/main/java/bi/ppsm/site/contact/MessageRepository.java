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

	/**
	 * The messages received since {@code after} from this client address (none when it is null)
	 * and from this e-mail, whatever its case: the two rate limits in one statement. Written in
	 * SQL: the query language's version was translated again at each submission.
	 */
	@Query(nativeQuery = true, value = """
			select count(*) filter (where client_address = cast(:address as varchar)) as "fromAddress",
			       count(*) filter (where upper(email) = upper(cast(:email as varchar))) as "fromEmail"
			from contact_message
			where created_at > :after
			  and (client_address = cast(:address as varchar) or upper(email) = upper(cast(:email as varchar)))""")
	RecentMessages countRecent(String address, String email, Instant after);

	/** How many messages came lately from one client address and from one e-mail. */
	interface RecentMessages {

		long getFromAddress();

		long getFromEmail();

	}

	/** Every message from this address (whatever its case), oldest first. */
	List<ContactMessage> findByEmailIgnoreCaseOrderByCreatedAtAscIdAsc(String email);

	@Query("select m.id from ContactMessage m where m.status in :statuses and m.createdAt < :before")
	List<Long> findIdsToDelete(Collection<MessageStatus> statuses, Instant before);

}
