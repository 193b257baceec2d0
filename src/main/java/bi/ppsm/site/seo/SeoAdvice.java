package bi.ppsm.site.seo;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import bi.ppsm.site.i18n.SiteLanguage;
import bi.ppsm.site.system.SiteUrls;

/** The canonical URL of every page (without query string) and the site's base URL. */
@ControllerAdvice
class SeoAdvice {

	private final SiteUrls urls;

	SeoAdvice(SiteUrls urls) {
		this.urls = urls;
	}

	@ModelAttribute("baseUrl")
	String baseUrl(HttpServletRequest request) {
		return this.urls.base(request);
	}

	/** The page's own URL in its language, without query string; none for error pages. */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request, Locale locale) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.urls.absolute(request, SiteLanguage.of(locale).url(path));
	}

}
