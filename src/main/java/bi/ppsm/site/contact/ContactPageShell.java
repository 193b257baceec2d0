package bi.ppsm.site.contact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import bi.ppsm.site.cache.PageCache;

/**
 * The contact page is the same for every visitor but for two values: the CSRF token (masked
 * anew at each request) and the signed render time of the {@link TimeTrap}. So the page is
 * rendered once per address and content version, kept with those two values cut out, and each
 * later view fills in fresh ones: no template is rendered and no model is built, while the page
 * stays uncacheable for browsers and proxies and every view gets its own tokens (and its CSRF
 * cookie, set by Spring Security when the token is read).
 * <p>
 * Only a plain GET of {@code /contact} (any language) by a visitor without a session: a form
 * sent back with errors, a staff member's view or an address with a query is rendered as usual.
 * Runs after Spring Security's filters, so every security header and check still applies.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2)
class ContactPageShell extends OncePerRequestFilter {

	/** The time-trap token the controller put on the page it rendered. */
	static final String TIME_TRAP_TOKEN = ContactPageShell.class.getName() + ".token";

	/** Languages times hosts: a bound, since the host comes from the request when no base URL is set. */
	private static final int MAX_SHELLS = 12;

	// both absent in web slice tests: then the page is always rendered
	private final ObjectProvider<TimeTrap> timeTrap;

	private final ObjectProvider<PageCache> changes;

	private final LocaleResolver languages;

	private final Map<String, Shell> shells = new ConcurrentHashMap<>();

	ContactPageShell(ObjectProvider<TimeTrap> timeTrap, ObjectProvider<PageCache> changes, LocaleResolver languages) {
		this.timeTrap = timeTrap;
		this.changes = changes;
		this.languages = languages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getRequestedSessionId() != null
				|| !"/contact".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageCache cache = this.changes.getIfAvailable();
		TimeTrap trapper = this.timeTrap.getIfAvailable();
		long version = (cache != null && trapper != null) ? cache.contentVersion() : -1;
		Object csrf = request.getAttribute(CsrfToken.class.getName());
		// the language of the address (/en/contact is served as /contact in English)
		String key = request.getRequestURL().append('|').append(this.languages.resolveLocale(request)).toString();
		Shell shell = this.shells.get(key);
		if (version >= 0 && csrf instanceof CsrfToken token && shell != null && shell.version() == version) {
			shell.write(response, token.getToken(), trapper.issue());
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		if (version >= 0 && csrf instanceof CsrfToken token && capture.getStatus() == 200
				&& request.getAttribute(TIME_TRAP_TOKEN) instanceof String trap) {
			Shell made = Shell.cut(version, new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8),
					token.getToken(), trap, capture);
			if (made != null) {
				if (this.shells.size() >= MAX_SHELLS) {
					this.shells.clear();
				}
				this.shells.put(key, made);
			}
		}
		capture.copyBodyToResponse();
	}

	/** How many pages are kept (one per address and language). */
	int kept() {
		return this.shells.size();
	}

	/**
	 * The page in three parts around its two holes, with the headers the view set.
	 * {@code csrfFirst} tells which hole comes first.
	 */
	private record Shell(long version, String head, String middle, String tail, boolean csrfFirst,
			String contentType, Locale locale, String cacheControl) {

		/** Null unless each value appears exactly once, in which case nothing of them is kept. */
		static Shell cut(long version, String page, String csrf, String trap, HttpServletResponse response) {
			int csrfAt = page.indexOf(csrf);
			int trapAt = page.indexOf(trap);
			if (csrf.isEmpty() || trap.isEmpty() || csrfAt < 0 || trapAt < 0 || page.indexOf(csrf, csrfAt + 1) >= 0
					|| page.indexOf(trap, trapAt + 1) >= 0) {
				return null;
			}
			boolean csrfFirst = csrfAt < trapAt;
			int first = Math.min(csrfAt, trapAt);
			int second = Math.max(csrfAt, trapAt);
			int firstEnd = first + (csrfFirst ? csrf : trap).length();
			if (firstEnd > second) {
				return null;
			}
			int secondEnd = second + (csrfFirst ? trap : csrf).length();
			return new Shell(version, page.substring(0, first), page.substring(firstEnd, second),
					page.substring(secondEnd), csrfFirst, response.getContentType(), response.getLocale(),
					response.getHeader(HttpHeaders.CACHE_CONTROL));
		}

		void write(HttpServletResponse response, String csrf, String trap) throws IOException {
			String page = this.head + (this.csrfFirst ? csrf : trap) + this.middle + (this.csrfFirst ? trap : csrf)
					+ this.tail;
			byte[] body = page.getBytes(StandardCharsets.UTF_8);
			response.setContentType(this.contentType);
			response.setLocale(this.locale);
			if (this.cacheControl != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
