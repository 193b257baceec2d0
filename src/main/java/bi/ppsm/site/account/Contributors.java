package bi.ppsm.site.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Which organisation a signed-in member contributor speaks for. */
@Component
public class Contributors {

	private final StaffAccountRepository accounts;

	Contributors(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The organisation of an enabled member contributor's login; empty for anyone else. */
	public Optional<Long> organisationOf(String login) {
		return this.accounts.findByLogin(login)
			.filter(a -> a.isEnabled() && a.getRole() == StaffRole.MEMBER_CONTRIBUTOR)
			.map(StaffAccount::getOrganisationId);
	}

}
