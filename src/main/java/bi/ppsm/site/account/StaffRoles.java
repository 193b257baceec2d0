package bi.ppsm.site.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the back office shows to a staff member (its menu, the dashboard's shortcuts and panels):
 * the roles of the request's authentication, already checked by the security filters. Templates
 * read it as {@code ${#staff.editor}} ({@link StaffDialect}), cheaper than {@code sec:authorize},
 * which parses its access expression again at every use. What a role may do is decided by the
 * security rules, never by what is shown.
 */
public final class StaffRoles {

	private final Authentication authentication;

	private StaffRoles(Authentication authentication) {
		this.authentication = authentication;
	}

	/** The roles of {@code authentication} (none when it is null or not authenticated). */
	public static StaffRoles of(Authentication authentication) {
		return new StaffRoles(authentication);
	}

	/** Someone signed in (not an anonymous visitor). */
	public boolean isSignedIn() {
		return this.authentication != null && this.authentication.isAuthenticated()
				&& !(this.authentication instanceof AnonymousAuthenticationToken);
	}

	/** An administrator: accounts, the audit log, backups, settings. */
	public boolean isAdministrator() {
		return has(StaffRole.ADMINISTRATOR);
	}

	/** An administrator or an editor: the site's content. */
	public boolean isEditor() {
		return has(StaffRole.ADMINISTRATOR) || has(StaffRole.EDITOR);
	}

	/** An administrator or an inbox handler: the contact messages. */
	public boolean isInboxReader() {
		return has(StaffRole.ADMINISTRATOR) || has(StaffRole.INBOX_HANDLER);
	}

	/** The staff of a member organisation. */
	public boolean isContributor() {
		return has(StaffRole.MEMBER_CONTRIBUTOR);
	}

	private boolean has(StaffRole role) {
		if (this.authentication == null || !this.authentication.isAuthenticated()) {
			return false;
		}
		for (GrantedAuthority granted : this.authentication.getAuthorities()) {
			if (role.authority().equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
