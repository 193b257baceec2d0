package bi.ppsm.site.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, error pages included, even for a request that
 * Spring Security's firewall rejects before its own header writers run, or that an earlier
 * filter answers (the language redirects). Same values as {@link SecurityConfiguration}; Spring
 * Security leaves a header alone when it is already set. HSTS only over HTTPS (behind the
 * proxy: {@code X-Forwarded-Proto: https}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		addTo(request, response);
		chain.doFilter(request, response);
	}

	/** Sets the headers (also used where a cached page is answered before any filter). */
	public static void addTo(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", SecurityConfiguration.REFERRER_POLICY);
		response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", SecurityConfiguration.STRICT_TRANSPORT_SECURITY);
		}
	}

}
