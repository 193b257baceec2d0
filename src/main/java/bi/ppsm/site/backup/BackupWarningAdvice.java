package bi.ppsm.site.backup;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What stops backups (pg_dump missing or too old, the last backup failed), for the
 * administrators' dashboard: only on the dashboard, only for administrators. (Slice tests of
 * other controllers have no Backups: then nothing.)
 */
@ControllerAdvice
class BackupWarningAdvice {

	private final ObjectProvider<Backups> backups;

	BackupWarningAdvice(ObjectProvider<Backups> backups) {
		this.backups = backups;
	}

	@ModelAttribute("backupProblem")
	String backupProblem(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!("/admin".equals(path) || "/admin/".equals(path)) || !"GET".equals(request.getMethod())
				|| !request.isUserInRole("ADMINISTRATOR")) {
			return null;
		}
		Backups service = this.backups.getIfAvailable();
		return (service != null) ? service.problem() : null;
	}

}
