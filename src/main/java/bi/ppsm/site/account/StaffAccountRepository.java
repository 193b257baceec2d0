package bi.ppsm.site.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	/** The account of a login, whatever its case. */
	default Optional<StaffAccount> findByLogin(String email) {
		return findByEmail(StaffAccount.normalise(email));
	}

	Optional<StaffAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	/** The accounts whose name or e-mail contains the text, whatever its case (the list's search). */
	Page<StaffAccount> findByDisplayNameContainingIgnoreCaseOrEmailContainingIgnoreCase(String name, String email,
			Pageable pageable);

	/**
	 * The enabled administrators and inbox handlers, who may read the messages, by name. Their
	 * roles are written in the query: a list parameter would have it translated again at each call.
	 */
	@Query("""
			select a from StaffAccount a where a.enabled
			and a.role in (bi.ppsm.site.account.StaffRole.ADMINISTRATOR, bi.ppsm.site.account.StaffRole.INBOX_HANDLER)
			order by a.displayName""")
	List<StaffAccount> findInboxReaders();

}
