package bi.ppsm.site.draft;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * What Spring Security does with a save it cannot accept, so that nothing typed is lost.
 * <ul>
 * <li>Session ended (the entry point): the fields are kept and the sign-in page says so; after
 * signing in, the staff member goes back to the form (the request cache) and finds them there.
 * <li>Security token no longer valid (signed out or in again in another tab): the same, or,
 * when still signed in, straight back to the form.
 * </ul>
 * Anything else is refused as before: sign-in page or French 403 page. The draft calls of the
 * admin scripts (autosaved drafts, the Markdown editor's preview) get a bare 401 or 403.
 */
final class SessionEndedHandlers {

	static final String SIGN_IN = "/login?sessionFinie";

	static final String DRAFTS = "/admin/brouillons";

	/** The live preview of the Markdown editor. */
	static final String MARKDOWN = "/admin/markdown";

	private SessionEndedHandlers() {
	}

	static boolean background(HttpServletRequest request) {
		String path = PendingSubmissions.path(request);
		return path.equals(DRAFTS) || path.startsWith(DRAFTS + "/") || path.startsWith(MARKDOWN + "/");
	}

	static final class EntryPoint implements AuthenticationEntryPoint {

		private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");

		private final PendingSubmissions pending;

		EntryPoint(PendingSubmissions pending) {
			this.pending = pending;
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			if (background(request)) {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
			}
			else if (this.pending.keep(request, response, null)) {
				response.sendRedirect(request.getContextPath() + SIGN_IN);
			}
			else {
				this.signIn.commence(request, response, exception);
			}
		}

	}

	static final class StaleToken implements AccessDeniedHandler {

		private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();

		private final PendingSubmissions pending;

		private final RequestCache requestCache;

		StaleToken(PendingSubmissions pending, RequestCache requestCache) {
			this.pending = pending;
			this.requestCache = requestCache;
		}

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
				throws IOException, ServletException {
			if (exception instanceof CsrfException && !background(request)) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				boolean signedIn = authentication != null && authentication.isAuthenticated()
						&& !(authentication instanceof AnonymousAuthenticationToken);
				if (this.pending.keep(request, response, signedIn ? authentication.getName() : null)) {
					if (signedIn) {
						response.sendRedirect(request.getContextPath() + PendingSubmissions.path(request));
					}
					else {
						this.requestCache.saveRequest(request, response);
						response.sendRedirect(request.getContextPath() + SIGN_IN);
					}
					return;
				}
			}
			this.refuse.handle(request, response, exception);
		}

	}

}
