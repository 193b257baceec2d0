package bi.ppsm.site.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Half signed in: after a right password, a staff member with a second factor holds
 * {@link #CODE_PENDING} and may only open the code page; one who must enrol holds
 * {@link #ENROLMENT_PENDING} and may only open the enrolment page. Every other admin URL sends
 * them there, whether a controller answers the URL or not: a servlet filter right after
 * Spring Security's. Passing the step removes the mark and changes the session id.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class SecondFactorGate extends OncePerRequestFilter {

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
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return !path.equals("/admin") && !path.startsWith("/admin/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String allowed = has(authentication, CODE_PENDING) ? SecondFactorController.PATH
				: has(authentication, ENROLMENT_PENDING) ? SecondFactorEnrolmentController.PATH : null;
		if (allowed == null || allowed.equals(path(request))) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + allowed);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
