package bi.ppsm.site.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Sends a staff member with a temporary password to the password page, whatever they ask for. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).addPathPatterns("/admin", "/admin/**")
			// the second factor comes first (see SecondFactorGate), the new password right after
			.excludePathPatterns(PasswordController.PATH, SecondFactorController.PATH,
					SecondFactorEnrolmentController.PATH);
	}

	static boolean required(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> StaffAuthenticationProvider.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
	}

	static class Interceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			if (required(SecurityContextHolder.getContext().getAuthentication())) {
				response.sendRedirect(request.getContextPath() + PasswordController.PATH);
				return false;
			}
			return true;
		}

	}

}
