package bi.ppsm.site.i18n;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the language prefix back on every link and redirect a page builds ({@code encodeURL},
 * {@code encodeRedirectURL}), so that a visitor stays in the language they chose. It runs just
 * after Spring Security, whose {@code DisableEncodeUrlFilter} would otherwise swallow the call.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class LanguageLinkFilter extends EveryDispatchFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object language = request.getAttribute(LanguagePrefixFilter.LANGUAGE);
		if (language instanceof SiteLanguage l && !l.isDefault()) {
			response = new PrefixingResponse(response, request.getContextPath(), l);
		}
		chain.doFilter(request, response);
	}

	private static final class PrefixingResponse extends HttpServletResponseWrapper {

		private final String contextPath;

		private final SiteLanguage language;

		PrefixingResponse(HttpServletResponse response, String contextPath, SiteLanguage language) {
			super(response);
			this.contextPath = contextPath;
			this.language = language;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(prefix(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(prefix(url));
		}

		private String prefix(String url) {
			if (url == null || !url.startsWith(this.contextPath + "/") || url.startsWith("//")) {
				return url;
			}
			String path = url.substring(this.contextPath.length());
			if (LanguagePrefixFilter.isFrenchOnly(path) || !SiteLanguage.strip(path).equals(path)) {
				return url;
			}
			return this.contextPath + this.language.url(path);
		}

	}

}
