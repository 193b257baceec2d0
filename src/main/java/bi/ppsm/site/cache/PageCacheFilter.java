package bi.ppsm.site.cache;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import bi.ppsm.site.cache.PageCache.Page;
import bi.ppsm.site.system.PpsmProperties;
import bi.ppsm.site.system.SecurityHeadersFilter;

/**
 * Serves public pages from the {@link PageCache}: a repeat request for the same URL is answered
 * with the stored, pre-compressed page (or a 304 when the browser already has it) without
 * touching the database or rendering a template. Only anonymous-looking GETs of public pages
 * that answered 200 without setting a cookie are stored; forms, admin and files never are, nor
 * the export files that keep themselves ({@link KeptFile}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PageCacheFilter extends OncePerRequestFilter {

	/** Headers of the original answer that a replay repeats. */
	private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG, "X-Robots-Tag");

	/** Compiled once: this filter runs on every request, a replay takes microseconds. */
	private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^/(en|rn)(?=/|$)");

	/**
	 * The lists whose controllers recognise their query strings ({@link PageCache#markKnownQuery}):
	 * only these may be stored with one, and only when the controller marked it known.
	 */
	private static final Pattern RECOGNISING_LISTS = Pattern.compile("(/(en|rn))?/(projets|actualites|documents|trouver-de-l-aide|programmes/[^/]+/projets)");

	private final PageCache cache;

	private final boolean keyByHost;

	PageCacheFilter(PageCache cache, PpsmProperties properties) {
		this.cache = cache;
		// without a configured base URL, pages carry the request's host in their links
		this.keyByHost = !StringUtils.hasText(properties.baseUrl());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.cache.isActive();
	}

	/**
	 * Public pages only: not the back office, the login, the contact form, static files, images
	 * or document downloads (files of up to 25 MB, served from PostgreSQL with a year of caching).
	 */
	static boolean isCacheable(String path) {
		String plain = LANGUAGE_PREFIX.matcher(path).replaceFirst("");
		return !(plain.startsWith("/admin") || plain.startsWith("/login") || plain.startsWith("/logout")
				|| plain.startsWith("/contact") || plain.startsWith("/css/") || plain.startsWith("/js/")
				|| plain.startsWith("/img/") || plain.startsWith("/medias/") || plain.startsWith("/documents/")
				|| plain.startsWith("/error") || plain.startsWith("/iati/") || plain.startsWith("/donnees/hsds/")
				|| plain.equals("/sitemap.xml")
				|| plain.contains(";"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!read) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				// an edit made here is visible here at once, without waiting for the notification
				if (path.startsWith("/admin")) {
					this.cache.invalidateAll();
				}
			}
			return;
		}
		if (!isCacheable(path) || !cacheableQuery(request, path)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		if (replayStored(key, request, response)) {
			return;
		}
		long generation = this.cache.generation();
		BoundedCapture capture = new BoundedCapture(response, this.cache.maxPageBodyBytes());
		chain.doFilter(request, capture);
		byte[] body = capture.body();
		boolean knownQuery = request.getQueryString() == null
				|| Boolean.TRUE.equals(request.getAttribute(PageCache.KNOWN_QUERY));
		if (knownQuery && body != null && capture.getStatus() == 200 && !capture.containsHeader(HttpHeaders.SET_COOKIE)
				&& body.length > 0) {
			this.cache.put(key, Page.of(keptHeaders(capture, body), body), generation);
		}
		capture.finish();
	}

	/**
	 * The headers a replay repeats. A page written as a stream (a sitemap, a feed) has no ETag
	 * of the ETag filter: it gets one from its body, so that a repeat visit is a 304 too.
	 */
	private static Map<String, String> keptHeaders(HttpServletResponse capture, byte[] body) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : KEPT_HEADERS) {
			String value = capture.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		headers.putIfAbsent(HttpHeaders.ETAG, "W/\"0" + DigestUtils.md5DigestAsHex(body) + "\"");
		if (capture.getContentType() != null) {
			headers.put(HttpHeaders.CONTENT_TYPE, capture.getContentType());
		}
		// Tomcat keeps the locale apart from the other headers
		headers.put(HttpHeaders.CONTENT_LANGUAGE, capture.getLocale().toLanguageTag());
		return headers;
	}

	private static boolean cacheableQuery(HttpServletRequest request, String path) {
		return request.getQueryString() == null || RECOGNISING_LISTS.matcher(path).matches();
	}

	/**
	 * Answers with the stored page if there is one (security headers included: this also runs
	 * in {@link PageCacheValve}, before any filter). False when the request is not for a stored
	 * page, with nothing written.
	 */
	boolean serveFromCache(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!this.cache.isActive()) {
			return false;
		}
		String method = request.getMethod();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!("GET".equals(method) || "HEAD".equals(method)) || !isCacheable(path) || !cacheableQuery(request, path)) {
			return false;
		}
		return replayStored(key(request), request, response);
	}

	private boolean replayStored(String key, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Page page = this.cache.get(key);
		if (page == null) {
			return false;
		}
		SecurityHeadersFilter.addTo(request, response);
		replay(page, request, response);
		return true;
	}

	private String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return (this.keyByHost ? request.getServerName() + ":" + request.getServerPort() : "")
				+ request.getRequestURI() + (query != null ? "?" + query : "");
	}

	private static void replay(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		page.headers().forEach(response::setHeader);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String etag = page.headers().get(HttpHeaders.ETAG);
		if (KeptFile.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = page.body();
		if (accept != null && accept.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

}
