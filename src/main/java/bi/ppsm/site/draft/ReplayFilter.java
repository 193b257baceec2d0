package bi.ppsm.site.draft;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Shows a kept submission again. The staff member, signed in, comes back to the address the
 * refused save was sent to; this filter, after Spring Security has checked who they are and
 * what they may open, hands the kept fields to the form's own POST handler, marked
 * {@link RestoredForms#RESTORED}: the handler binds them as usual, and the mark adds an error
 * that stops the save, so the form page comes back filled in with a message asking to check
 * and save again. Nothing is saved without a new click.
 */
class ReplayFilter extends OncePerRequestFilter {

	private final PendingSubmissions pending;

	ReplayFilter(PendingSubmissions pending) {
		this.pending = pending;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = PendingSubmissions.path(request);
		return !"GET".equals(request.getMethod()) || !path.startsWith("/admin/")
				|| SessionEndedHandlers.background(request) || !PendingSubmissions.hasToken(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Optional<Map<String, String[]>> kept = (authentication == null
				|| authentication instanceof AnonymousAuthenticationToken) ? Optional.empty()
						: this.pending.take(request, response, authentication.getName());
		if (kept.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		HttpServletRequest replay = new Replay(request, kept.get());
		replay.setAttribute(RestoredForms.RESTORED, Boolean.TRUE);
		chain.doFilter(replay, response);
	}

	/** The GET after sign-in, seen by Spring MVC as the POST it replaces. */
	static final class Replay extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		Replay(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			this.parameters = Collections.unmodifiableMap(parameters);
		}

		@Override
		public String getMethod() {
			return "POST";
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

	}

}
