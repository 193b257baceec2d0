package bi.ppsm.site.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Public pages are open; everything under /admin needs a signed-in staff member with the
 * right role. Strict headers on every response: no inline script, no framing, no sniffing,
 * no referrer leak. Sign-in is a form at /login; after it the session id changes and the
 * staff member goes back to the admin page they asked for (never to another host).
 */
@Configuration
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	/** Spring Security's own value, for the answers it does not see (see SecurityHeadersFilter). */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	static final String ADMINISTRATOR = "ADMINISTRATOR";

	static final String EDITOR = "EDITOR";

	static final String INBOX_HANDLER = "INBOX_HANDLER";

	static final String MEMBER_CONTRIBUTOR = "MEMBER_CONTRIBUTOR";

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/** SameSite for the saved-request cookie, also when Spring Security deletes it. */
	@Bean
	CookieSameSiteSupplier savedRequestCookieSameSite() {
		return CookieSameSiteSupplier.ofLax().whenHasName("REDIRECT_URI");
	}

	/**
	 * The page asked for before signing in waits in a cookie, not in a session: an anonymous
	 * request to /admin stores nothing in PostgreSQL. The background calls of admin pages
	 * (autosaved drafts, the Markdown editor's preview and its image chooser) are never where to
	 * go after signing in.
	 */
	@Bean
	RequestCache requestCache() {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return !path.startsWith("/admin/brouillons") && !path.startsWith("/admin/markdown/")
					&& !path.startsWith("/admin/images/choix");
		});
		return cache;
	}

	/**
	 * A save refused because the session ended or its token went stale keeps what was typed
	 * when the {@code draft} feature provides its handlers (not in controller slice tests).
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RequestCache requestCache,
			ObjectProvider<AuthenticationEntryPoint> entryPoint, ObjectProvider<AccessDeniedHandler> accessDenied)
			throws Exception {
		http.exceptionHandling(exceptions -> {
			entryPoint.ifUnique(exceptions::authenticationEntryPoint);
			accessDenied.ifUnique(exceptions::accessDeniedHandler);
		});
		http.authorizeHttpRequests(auth -> auth
				// a person's data on request: administrators only, before the rest of the inbox
				.requestMatchers("/admin/messages/personne", "/admin/messages/personne/**").hasRole(ADMINISTRATOR)
				.requestMatchers("/admin/messages", "/admin/messages/**").hasAnyRole(ADMINISTRATOR, INBOX_HANDLER)
				.requestMatchers("/admin/comptes", "/admin/comptes/**", "/admin/journal", "/admin/journal/**",
						"/admin/sauvegardes", "/admin/sauvegardes/**")
				.hasRole(ADMINISTRATOR)
				// every staff member: their password, their second factor, the second step of signing in
				.requestMatchers("/admin", "/admin/", "/admin/mot-de-passe", "/admin/compte/second-facteur",
						"/admin/compte/second-facteur/**", "/admin/second-facteur")
				.authenticated()
				// a member's staff: their organisation's sheet and service points, by proposals (issue 16)
				.requestMatchers("/admin/ma-structure", "/admin/ma-structure/**").hasRole(MEMBER_CONTRIBUTOR)
				.requestMatchers("/admin/**").hasAnyRole(ADMINISTRATOR, EDITOR)
				// the IATI open data files are public (issue 15)
				.requestMatchers("/iati/activities.xml", "/iati/organisation.xml").permitAll()
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.failureUrl("/login?erreur")
				.defaultSuccessUrl("/admin")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?deconnecte"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.requestCache(cache -> cache.requestCache(requestCache))
			// the CSRF token lives in a cookie (HttpOnly, double-submit), so a visitor who only
			// reads the site or writes through the contact form never gets a server session
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				// public pages set their own caching, admin pages "no-store" (see WebConfiguration)
				.cacheControl(cache -> cache.disable()));
		return http.build();
	}

}
