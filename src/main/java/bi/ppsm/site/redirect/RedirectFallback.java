package bi.ppsm.site.redirect;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UriUtils;

import bi.ppsm.site.system.NotFoundException;

/**
 * Answers a GET or HEAD that would be a 404 with a {@code 301} to the redirect's target, when
 * the path has one. It runs only once a page was not found, so live pages never pay for it.
 * The language prefix is put back by the site's link filter ({@code encodeRedirectURL}), and
 * the query string is kept.
 */
@Component
class RedirectFallback implements HandlerExceptionResolver, Ordered {

	private final ObjectProvider<Redirects> redirects;

	/** Through a provider: a controller slice test has no redirects, and this then does nothing. */
	RedirectFallback(ObjectProvider<Redirects> redirects) {
		this.redirects = redirects;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof NotFoundException || ex instanceof NoHandlerFoundException
				|| ex instanceof NoResourceFoundException)) {
			return null;
		}
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/admin") || response.isCommitted()) {
			return null;
		}
		Redirects store = this.redirects.getIfAvailable();
		Optional<String> target = (store != null) ? store.targetOf(path) : Optional.empty();
		if (target.isEmpty()) {
			return null;
		}
		String location = RedirectPaths.isSitePath(target.get())
				? response.encodeRedirectURL(request.getContextPath() + encoded(target.get()))
				: URI.create(target.get()).toASCIIString();
		String query = request.getQueryString();
		if (query != null && !query.isEmpty()) {
			location += (location.contains("?") ? "&" : "?") + query;
		}
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, location);
		return new ModelAndView();
	}

	/** A site target as a URL: its path percent-encoded (staff may type "é"), its query as typed. */
	private static String encoded(String target) {
		String path = RedirectPaths.pathOf(target);
		return UriUtils.encodePath(path, StandardCharsets.UTF_8) + target.substring(path.length());
	}

}
