package bi.ppsm.site.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Half signed in: after a right password, a staff member with a second factor holds
 * {@link #CODE_PENDING} and may only open the code page; one who must enrol holds
 * {@link #ENROLMENT_PENDING} and may only open the enrolment page. Every other admin URL sends
 * them there. Passing the step removes the mark and changes the session id.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorGate implements WebMvcConfigurer {

	static final String CODE_PENDING = "SECOND_FACTOR_PENDING";

	static final String ENROLMENT_PENDING = "SECOND_FACTOR_ENROLMENT_REQUIRED";

	/** The mark a right password leaves on the session, or null when the sign-in is complete. */
	static String stepAfterPassword(StaffAccount account, SecondFactors secondFactors) {
		if (secondFactors.enrolled(account.getId())) {
			return CODE_PENDING;
		}
		return secondFactors.requiredFor(account.getRole()) ? ENROLMENT_PENDING : null;
	}

	static boolean has(Authentication authentication, String mark) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> mark.equals(a.getAuthority()));
	}

	/** The sign-in is complete: the same staff member, without the mark, in a new session id. */
	static void complete(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		List<GrantedAuthority> authorities = current.getAuthorities()
			.stream()
			.filter(a -> !CODE_PENDING.equals(a.getAuthority()) && !ENROLMENT_PENDING.equals(a.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).addPathPatterns("/admin", "/admin/**").order(-5);
	}

	static class Interceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String allowed = has(authentication, CODE_PENDING) ? SecondFactorController.PATH
					: has(authentication, ENROLMENT_PENDING) ? SecondFactorEnrolmentController.PATH : null;
			if (allowed == null || allowed.equals(path)) {
				return true;
			}
			response.sendRedirect(request.getContextPath() + allowed);
			return false;
		}

	}

}
