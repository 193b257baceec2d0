package bi.ppsm.site.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An account as an administrator edits it. The e-mail address is set at creation only; a
 * password typed here is temporary: its owner must replace it at the next sign-in. A member
 * contributor needs its organisation; for other roles the organisation is ignored.
 */
record AccountForm(@NotBlank @Email @Size(max = 200) String email, @NotBlank @Size(max = 120) String displayName,
		@NotNull StaffRole role, Long organisation, String password, Boolean enabled, Integer version) {

	static AccountForm empty() {
		return new AccountForm(null, null, StaffRole.EDITOR, null, null, Boolean.TRUE, 0);
	}

	static AccountForm from(StaffAccount account) {
		return new AccountForm(account.getEmail(), account.getDisplayName(), account.getRole(),
				account.getOrganisationId(), null, account.isEnabled(), account.getVersion());
	}

	/** The organisation the account is tied to: only a member contributor's. */
	Long organisationOfRole() {
		return (this.role == StaffRole.MEMBER_CONTRIBUTOR) ? this.organisation : null;
	}

}
