package bi.ppsm.site.directory;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import bi.ppsm.site.account.StaffRoles;

/**
 * The number of service points last checked more than six months ago (or never), for the
 * dashboard of editors and administrators. The repository is looked up when needed, so that
 * slice tests of other controllers need not provide it.
 */
@ControllerAdvice
class VerificationReminderAdvice {

	private final ObjectProvider<ServicePointRepository> points;

	private final ObjectProvider<Clock> clock;

	VerificationReminderAdvice(ObjectProvider<ServicePointRepository> points, ObjectProvider<Clock> clock) {
		this.points = points;
		this.clock = clock;
	}

	@ModelAttribute("servicePointsToVerify")
	Long servicePointsToVerify(HttpServletRequest request, Authentication authentication) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(path.equals("/admin") || path.equals("/admin/")) || !"GET".equals(request.getMethod())) {
			return null; // every other page: no bean looked up
		}
		ServicePointRepository repository = this.points.getIfAvailable();
		Clock now = this.clock.getIfAvailable();
		if (repository == null || now == null || !StaffRoles.of(authentication).isEditor()) {
			return null;
		}
		return repository.countVerifiedBefore(LocalDate.now(now).minusMonths(6));
	}

}
