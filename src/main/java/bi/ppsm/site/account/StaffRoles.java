package bi.ppsm.site.account;

import java.util.Arrays;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the back office shows to the signed-in staff member (its menu, the dashboard's shortcuts
 * and panels), read in templates as {@code ${#staff.editor}} ({@link StaffDialect}): the roles of the request's
 * authentication, already checked by the security filters. Cheaper than {@code sec:authorize},
 * which parses its access expression again at every use. What a role may do is decided by the
 * security rules, never by what is shown.
 */
public final class StaffRoles {

	StaffRoles() {
	}

	/** Someone signed in (not an anonymous visitor). */
	public boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** An administrator: accounts, the audit log, backups, settings. */
	public boolean isAdministrator() {
		return has(StaffRole.ADMINISTRATOR);
	}

	/** An administrator or an editor: the site's content. */
	public boolean isEditor() {
		return has(StaffRole.ADMINISTRATOR, StaffRole.EDITOR);
	}

	/** An administrator or an inbox handler: the contact messages. */
	public boolean isInboxReader() {
		return has(StaffRole.ADMINISTRATOR, StaffRole.INBOX_HANDLER);
	}

	/** The staff of a member organisation. */
	public boolean isContributor() {
		return has(StaffRole.MEMBER_CONTRIBUTOR);
	}

	private static boolean has(StaffRole... roles) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			if (Arrays.stream(roles).anyMatch(role -> role.authority().equals(granted.getAuthority()))) {
				return true;
			}
		}
		return false;
	}

}
