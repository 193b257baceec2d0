package bi.ppsm.site.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	/** The account of a login, whatever its case. */
	default Optional<StaffAccount> findByLogin(String email) {
		return findByEmail(StaffAccount.normalise(email));
	}

	Optional<StaffAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	List<StaffAccount> findAllByOrderByDisplayNameAsc();

	List<StaffAccount> findByRoleInAndEnabledTrueOrderByDisplayNameAsc(List<StaffRole> roles);

}
