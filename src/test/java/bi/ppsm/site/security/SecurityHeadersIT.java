package bi.ppsm.site.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on every kind of answer of the real server (public and admin pages,
 * files, sign-in, redirects, errors Spring renders and errors Tomcat answers by itself): a CSP
 * without inline script and with {@code frame-ancestors 'none'}, {@code nosniff}, a referrer
 * policy, HSTS over HTTPS (behind the proxy: {@code X-Forwarded-Proto: https}) and never over
 * plain HTTP, no server or framework version; error pages in French without stack trace.
 */
class SecurityHeadersIT extends RealServerSuite {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/[^\"]+)\"");

	HttpVisitor visitor;

	HttpVisitor administrator;

	@BeforeAll
	void signIn() {
		this.visitor = visitor();
		this.administrator = signedIn(StaffRole.ADMINISTRATOR);
	}

	/** What a visitor asks for, and what status each answer has. */
	Map<String, Integer> visitorRequests() {
		String slug = this.jdbc.queryForObject("select slug from programme where published order by id limit 1",
				String.class);
		Matcher css = STYLESHEET.matcher(this.visitor.get("/").body());
		assertThat(css.find()).as("stylesheet link on the home page").isTrue();
		return Map.ofEntries(Map.entry("GET /", 200), Map.entry("GET /programmes/" + slug, 200),
				Map.entry("GET /projets?statut=ONGOING", 200), Map.entry("GET /contact", 200),
				Map.entry("GET /en/programmes", 200), Map.entry("GET /rn/contact", 200),
				Map.entry("GET /robots.txt", 200), Map.entry("GET /sitemap.xml", 200),
				Map.entry("GET " + css.group(1), 200), Map.entry("GET /img/logo.svg", 200),
				Map.entry("GET /login", 200), Map.entry("GET /login/mot-de-passe-oublie", 200),
				Map.entry("GET /en", 302), Map.entry("GET /admin", 302), Map.entry("GET /admin/programmes", 302),
				Map.entry("GET /page-qui-n-existe-pas", 404), Map.entry("GET /programmes/inconnu", 404),
				Map.entry("GET /en/admin", 404), Map.entry("GET /css/inconnu.css", 404),
				Map.entry("DELETE /programmes", 403), Map.entry("PUT /contact", 403), Map.entry("TRACE /", 405),
				Map.entry("POST /contact", 403), Map.entry("GET /login/nouveau-mot-de-passe?jeton=faux", 200));
	}

	Map<String, Integer> administratorRequests() {
		return Map.of("GET /admin", 200, "GET /admin/programmes", 200, "GET /admin/journal", 200,
				"GET /admin/programmes/abc", 400, "GET /admin/programmes/999999999", 404,
				"GET /admin/messages?statut=INCONNU", 400, "POST /admin/programmes/nouveau", 403,
				"GET /admin/messages/" + this.fixtures.message + "/export", 200);
	}

	/** Requests Tomcat refuses before the application sees them, sent as raw bytes. */
	static final List<String> MALFORMED = List.of("GET /% HTTP/1.1", "GET /programmes/%C3%28%FF HTTP/1.1",
			"GET /a%00b HTTP/1.1", "GET /" + "x".repeat(10_000) + " HTTP/1.1");

	@Test
	void everyAnswerOverPlainHttpCarriesTheHeadersButNoHsts() {
		List<String> failures = new ArrayList<>();
		visitorRequests().forEach((request, status) -> check(failures, request, send(this.visitor, request), status, false));
		administratorRequests()
			.forEach((request, status) -> check(failures, "admin " + request, send(this.administrator, request), status, false));
		assertThat(failures).isEmpty();
	}

	@Test
	void everyAnswerOverHttpsCarriesHsts() {
		List<String> failures = new ArrayList<>();
		visitorRequests().forEach((request, status) -> check(failures, "https " + request,
				send(this.visitor, request, "X-Forwarded-Proto", "https"), status, true));
		administratorRequests().forEach((request, status) -> check(failures, "https admin " + request,
				send(this.administrator, request, "X-Forwarded-Proto", "https"), status, true));
		assertThat(failures).isEmpty();
	}

	@Test
	void requestsTomcatRefusesGetTheHeadersAndAFrenchPageToo() {
		List<String> failures = new ArrayList<>();
		for (String line : MALFORMED) {
			String answer = this.visitor.raw((line + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			String label = line.substring(0, Math.min(line.length(), 40));
			int status = Integer.parseInt(answer.substring(9, 12));
			if (status < 400 || status >= 500) {
				failures.add(label + ": status " + status);
			}
			String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
			for (String header : List.of("x-content-type-options: nosniff", "content-security-policy:",
					"frame-ancestors 'none'", "referrer-policy:")) {
				if (!head.contains(header)) {
					failures.add(label + ": no " + header);
				}
			}
			if (head.contains("\nserver:") || head.contains("x-powered-by")) {
				failures.add(label + ": discloses the server");
			}
			if (!answer.contains("lang=\"fr\"")) {
				failures.add(label + ": not a French page");
			}
			Payloads.problemsIn(answer).forEach(p -> failures.add(label + ": " + p));
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void errorsForProgramsAreShortAndDiscloseNothing() {
		HttpResponse<String> json = this.visitor.get("/admin/programmes/abc", "Accept", "application/json");
		assertThat(json.body()).doesNotContain("trace", "exception", "Exception", "message\":\"Failed");
		HttpResponse<String> notFound = this.administrator.get("/admin/programmes/999999999", "Accept",
				"application/json");
		assertThat(notFound.body()).doesNotContain("trace", "exception", "NotFoundException", "programme 999999999");
	}

	private static HttpResponse<String> send(HttpVisitor client, String request, String... headers) {
		String method = request.substring(0, request.indexOf(' '));
		String path = request.substring(request.indexOf(' ') + 1);
		return method.equals("GET") ? client.get(path, headers) : client.method(method, path, headers);
	}

	private static void check(List<String> failures, String request, HttpResponse<String> response, int status,
			boolean https) {
		var headers = response.headers();
		if (response.statusCode() != status) {
			failures.add(request + ": status " + response.statusCode() + ", expected " + status);
		}
		String csp = headers.firstValue("Content-Security-Policy").orElse("");
		String scripts = csp.contains("script-src") ? csp.replaceAll(".*script-src([^;]*).*", "$1")
				: csp.replaceAll(".*default-src([^;]*).*", "$1");
		if (!csp.contains("frame-ancestors 'none'") || scripts.contains("unsafe-inline")
				|| scripts.contains("unsafe-eval") || !(csp.contains("script-src") || csp.contains("default-src"))) {
			failures.add(request + ": weak or missing CSP [" + csp + "]");
		}
		expect(failures, request, response, "X-Content-Type-Options", "nosniff");
		expect(failures, request, response, "X-Frame-Options", "DENY");
		if (headers.firstValue("Referrer-Policy").isEmpty()) {
			failures.add(request + ": no Referrer-Policy");
		}
		String hsts = headers.firstValue("Strict-Transport-Security").orElse(null);
		if (https && (hsts == null || !hsts.matches("max-age=(\\d{8,}|3[1-9]\\d{6}).*"))) {
			failures.add(request + ": no HSTS of a year or more over HTTPS [" + hsts + "]");
		}
		if (headers.allValues("Strict-Transport-Security").size() > 1
				|| headers.allValues("Content-Security-Policy").size() > 1) {
			failures.add(request + ": a security header sent twice");
		}
		if (!https && hsts != null) {
			failures.add(request + ": HSTS over plain HTTP");
		}
		if (headers.firstValue("Server").isPresent() || headers.firstValue("X-Powered-By").isPresent()) {
			failures.add(request + ": discloses the server");
		}
		String type = headers.firstValue("Content-Type").orElse("");
		String language = request.contains(" /en/") ? "en" : "fr";
		if (response.statusCode() >= 400 && type.startsWith("text/html")
				&& !response.body().contains("<html lang=\"" + language + "\"")) {
			failures.add(request + ": error page not in " + language);
		}
		Payloads.problemsIn(response.body()).forEach(p -> failures.add(request + ": " + p));
	}

	private static void expect(List<String> failures, String request, HttpResponse<String> response, String header,
			String value) {
		if (!response.headers().firstValue(header).map(value::equalsIgnoreCase).orElse(false)) {
			failures.add(request + ": " + header + " is " + response.headers().firstValue(header).orElse("missing"));
		}
	}

}
