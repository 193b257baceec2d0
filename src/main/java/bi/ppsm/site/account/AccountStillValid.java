package bi.ppsm.site.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A staff member whose account was disabled, deleted or given another role since they signed in
 * loses their session at their next request, instead of keeping their old rights until the
 * session expires. Only the sessions our sign-in issued are checked: one lookup per admin request.
 */
@Configuration(proxyBeanMethods = false)
class AccountStillValid implements WebMvcConfigurer {

	static final String PATH = "/login?expire";

	// looked up when needed: web slice tests load this configuration without repositories
	private final ObjectProvider<StaffAccountRepository> accounts;

	AccountStillValid(ObjectProvider<StaffAccountRepository> accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).addPathPatterns("/admin", "/admin/**").order(-10);
	}

	private boolean stillValid(Authentication authentication) {
		if (!has(authentication, StaffAuthenticationProvider.SIGNED_IN)) {
			return true;
		}
		Optional<StaffAccount> account = this.accounts.getObject().findByLogin(authentication.getName());
		return account.filter(StaffAccount::isEnabled).map(a -> has(authentication, a.getRole().authority())).orElse(false);
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(authority));
	}

	class Interceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !authentication.isAuthenticated() || stillValid(authentication)) {
				return true;
			}
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + PATH);
			return false;
		}

	}

}
