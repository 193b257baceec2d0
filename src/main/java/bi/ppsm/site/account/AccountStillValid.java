package bi.ppsm.site.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A staff member whose account was disabled, deleted or given another role since they signed in
 * loses their session at their next request, instead of keeping their old rights until the
 * session expires. Only the sessions our sign-in issued are checked: one lookup per admin request,
 * a single indexed read of the role and the enabled flag outside any transaction (one round trip
 * to PostgreSQL, no entity loaded).
 */
@Configuration(proxyBeanMethods = false)
class AccountStillValid implements WebMvcConfigurer {

	static final String PATH = "/login?expire";

	private static final String CURRENT_ROLE = "select role from staff_account where email = ? and enabled";

	// looked up when needed: web slice tests load this configuration without a database
	private final ObjectProvider<JdbcTemplate> jdbc;

	AccountStillValid(ObjectProvider<JdbcTemplate> jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).addPathPatterns("/admin", "/admin/**").order(-10);
	}

	private boolean stillValid(Authentication authentication) {
		if (!has(authentication, StaffAuthenticationProvider.SIGNED_IN)) {
			return true;
		}
		List<String> role = this.jdbc.getObject()
			.queryForList(CURRENT_ROLE, String.class, StaffAccount.normalise(authentication.getName()));
		return role.size() == 1 && has(authentication, StaffRole.valueOf(role.get(0)).authority());
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
