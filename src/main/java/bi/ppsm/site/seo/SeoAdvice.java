package bi.ppsm.site.seo;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		return this.urls.absolute(request, request.getRequestURI().substring(request.getContextPath().length()));
	}

}
