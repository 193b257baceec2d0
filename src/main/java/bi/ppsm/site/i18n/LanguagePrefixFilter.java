package bi.ppsm.site.i18n;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Serves {@code /en/...} and {@code /rn/...} as the same pages as their French originals in
 * another language. The first filter of all: it removes the prefix from the request, so that
 * controllers, security and caching see the plain path, and records the language for the
 * {@link LanguageLocaleResolver} and the {@link LanguageLinkFilter}. The back office is
 * French only: {@code /en/admin} does not exist.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LanguagePrefixFilter extends EveryDispatchFilter {

	static final String LANGUAGE = LanguagePrefixFilter.class.getName() + ".language";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = pathOf(request);
		Optional<SiteLanguage> prefixed = SiteLanguage.ofPrefixedPath(path);
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String originalPath = (original != null) ? original.toString().substring(request.getContextPath().length()) : "";
			SiteLanguage language = SiteLanguage.ofPrefixedPath(originalPath).orElse(SiteLanguage.FR);
			request.setAttribute(LANGUAGE, language);
			chain.doFilter(request, response);
			return;
		}
		if (prefixed.isEmpty()) {
			request.setAttribute(LANGUAGE, SiteLanguage.FR);
			chain.doFilter(request, response);
			return;
		}
		SiteLanguage language = prefixed.get();
		String stripped = path.substring(language.getPrefix().length());
		if (stripped.isEmpty()) {
			response.sendRedirect(request.getContextPath() + language.getPrefix() + "/");
			return;
		}
		if (isFrenchOnly(stripped)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		request.setAttribute(LANGUAGE, language);
		chain.doFilter(new StrippedRequest(request, stripped), response);
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Paths that exist in one language only, or need no language: admin, login, files. */
	static boolean isFrenchOnly(String path) {
		return path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/logout")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.equals("/robots.txt") || path.equals("/sitemap.xml") || path.startsWith("/favicon");
	}

	/** The request as if it had been made without the language prefix. */
	private static final class StrippedRequest extends HttpServletRequestWrapper {

		private final String path;

		StrippedRequest(HttpServletRequest request, String path) {
			super(request);
			this.path = path;
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + this.path;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer(super.getRequestURL());
			url.setLength(url.length() - super.getRequestURI().length());
			return url.append(getRequestURI());
		}

		@Override
		public String getServletPath() {
			return this.path;
		}

	}

}
