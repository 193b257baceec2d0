package bi.ppsm.site.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/** Requests that Tomcat refuses by itself get a French page too (see FrenchErrorReportValve). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> frenchTomcatErrors() {
		return new WebServerFactoryCustomizer<>() {

			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new FrenchErrorReportValve()));
			}

		};
	}

	/**
	 * An ETag on every page, so that a repeat visit is answered by a short 304. Weak, because
	 * Tomcat does not compress a response that carries a strong ETag. Not on uploaded files
	 * (images under /medias/, document downloads) nor on backup downloads: they are written
	 * straight to the client with their own ETag or content-hashed URL and their exact length,
	 * never buffered. Nor on the exports written as they are read from the database (the sitemap,
	 * the IATI files, the HSDS services, the CSV exports), which a large site would otherwise hold
	 * whole in memory: the sitemap, the IATI and HSDS files have their own ETag (cache/KeptFile). Nor on the pages answered with {@code no-store} nor on other methods than GET,
	 * which never get an ETag.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI()
					.substring(request.getContextPath().length())
					.replaceFirst("^/(en|rn)/", "/");
				return path.startsWith("/medias/") || path.startsWith("/documents/") || isStreamedExport(path)
						// the query count, written after the view, needs the buffer to reach the headers:
						// only on the benchmark's probes, so that its load measures the pages as served
						|| (!countsQueries(request)
								&& (neverStored(path) || !"GET".equals(request.getMethod())
										|| isSearchResult(path, request)));
			}

		};
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/**
	 * A benchmark probe ({@code ppsm.bench.query-count=true} and a request header
	 * {@code X-Query-Count}) asks for the number of SQL statements of its view.
	 */
	boolean countsQueries(HttpServletRequest request) {
		return this.reportQueryCount && request.getHeader(QueryCounter.HEADER) != null;
	}

	/**
	 * Pages answered with {@code no-store} (see CachePolicy): the filter would buffer and copy
	 * them for an ETag it never sends.
	 */
	static boolean neverStored(String path) {
		return path.startsWith("/admin") || path.startsWith("/contact") || path.startsWith("/login");
	}

	/**
	 * A page of search results ({@code /recherche?q=…}): answered with {@code no-store}, as a
	 * query may say what its visitor is going through, and written as it renders (with the
	 * filter's buffer, each of the page's small writes cost an encoder call and a copy).
	 */
	static boolean isSearchResult(String path, HttpServletRequest request) {
		return path.equals("/recherche") && request.getQueryString() != null;
	}

	/** Exports written as a stream: never buffered whole by the ETag filter. */
	static boolean isStreamedExport(String path) {
		return path.equals("/sitemap.xml") || path.startsWith("/iati/") || path.startsWith("/admin/exports/")
				|| path.startsWith("/donnees/hsds/");
	}

	private final boolean reportQueryCount;

	WebConfiguration(PpsmProperties properties) {
		this.reportQueryCount = properties.bench().queryCount();
	}

	/**
	 * The site's own files carry a hash of their content in their name, so they can be kept
	 * by browsers for a year and never checked again ({@code immutable}).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**", "/js/**", "/img/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/", "classpath:/static/img/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/**
	 * Dates typed in forms and filters: ISO with a four-digit year, as {@code <input type="date">}
	 * sends them. Plain ISO also takes years of nine digits with a sign, which PostgreSQL cannot
	 * store: such a date is a conversion error on its field, not an error page.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		Printer<LocalDate> printer = (date, locale) -> FORM_DATE.format(date);
		Parser<LocalDate> parser = (text, locale) -> LocalDate.parse(text, FORM_DATE);
		registry.addFormatterForFieldType(LocalDate.class, printer, parser);
	}

	static final DateTimeFormatter FORM_DATE = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter()
		.withChronology(IsoChronology.INSTANCE)
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (this.reportQueryCount) {
			registry.addInterceptor(new QueryCounter());
		}
		registry.addInterceptor(new CachePolicy())
			.excludePathPatterns("/css/**", "/js/**", "/img/**", "/favicon.*", "/medias/**");
		registry.addInterceptor(new TokenBeforeBody()).addPathPatterns("/admin/**", "/contact/**", "/login/**");
	}

	/**
	 * Pages never stored are written as they render, without the ETag filter's buffer: a CSRF
	 * token first read by a form far down the page would be made after the answer has begun,
	 * and its cookie (or session) could no longer be sent. So it is read before the view.
	 */
	static class TokenBeforeBody implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if ("GET".equals(request.getMethod())
					&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			return true;
		}

	}

	/**
	 * Public pages may be kept by the browser but are checked again on every visit (ETag);
	 * admin pages are never stored and never indexed.
	 */
	static class CachePolicy implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith("/admin") || path.startsWith("/login")) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				response.setHeader("X-Robots-Tag", "noindex, nofollow");
			}
			else {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			}
			return true;
		}

	}

	/**
	 * Trims every submitted string; a blank field becomes null. Control characters that nobody
	 * types (NUL, BEL, ESC...) are dropped: PostgreSQL refuses NUL in text, which would turn a
	 * crafted form into an error page. Tabs and line breaks stay.
	 */
	@ControllerAdvice
	static class TrimmingAdvice {

		private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

		@InitBinder
		void trimStrings(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new StringTrimmerEditor(true) {

				@Override
				public void setAsText(String text) {
					super.setAsText((text != null) ? CONTROL.matcher(text).replaceAll("") : null);
				}

			});
		}

	}

}
