package bi.ppsm.site.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

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

	List<StaffAccount> findByRoleInAndEnabledTrueOrderByDisplayNameAsc(List<StaffRole> roles);

}
