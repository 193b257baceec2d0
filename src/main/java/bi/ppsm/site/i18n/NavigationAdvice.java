package bi.ppsm.site.i18n;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The path of the page being shown, so that the navigation can mark the current section. */
@ControllerAdvice
class NavigationAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original != null) ? original.toString() : request.getRequestURI();
		return SiteLanguage.strip(uri.substring(request.getContextPath().length()));
	}

}
