package bi.ppsm.site.approval;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import bi.ppsm.site.account.StaffRoles;

/**
 * The number of proposals waiting for a decision, for the dashboard of administrators and
 * editors. The repository is looked up when needed, so that slice tests of other controllers
 * need not provide it.
 */
@ControllerAdvice
class PendingChangesAdvice {

	private final ObjectProvider<PendingChangeRepository> changes;

	PendingChangesAdvice(ObjectProvider<PendingChangeRepository> changes) {
		this.changes = changes;
	}

	@ModelAttribute("pendingChanges")
	Long pendingChanges(HttpServletRequest request, Authentication authentication) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(path.equals("/admin") || path.equals("/admin/")) || !"GET".equals(request.getMethod())) {
			return null; // every other page: no bean looked up
		}
		PendingChangeRepository repository = this.changes.getIfAvailable();
		if (repository == null || !StaffRoles.of(authentication).isEditor()) {
			return null;
		}
		return repository.countByStatus(ChangeStatus.PENDING);
	}

}
