package bi.ppsm.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor over plain HTTP, for tests against a running server: a browser's cookie jar and
 * form handling, without the browser. It keeps every cookie whatever the port (one site behind
 * a load balancer) and sends Secure cookies too, as the TLS proxy in front would let it. Its
 * address is what the proxy reports in X-Forwarded-For.
 */
public final class HttpVisitor {

	private static final HttpClient SHARED = client();

	private final HttpClient http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final String address;

	public HttpVisitor(String address) {
		this.http = SHARED;
		this.address = address;
	}

	public static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(URI origin, String path) {
		return send(request(origin, path).GET());
	}

	public HttpResponse<String> post(URI origin, String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(origin, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The fields of a form on a page (CSRF token included), as a browser would send them back. */
	public Map<String, String> form(URI origin, String path, String formSelector) {
		HttpResponse<String> page = get(origin, path);
		if (page.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + page.statusCode());
		}
		Document document = Jsoup.parse(page.body());
		Map<String, String> fields = new LinkedHashMap<>();
		document.select(formSelector + " input[name], " + formSelector + " textarea[name]")
			.forEach(input -> fields.put(input.attr("name"),
					input.tagName().equals("textarea") ? input.text() : input.attr("value")));
		return fields;
	}

	public boolean has(String cookie) {
		return this.cookies.containsKey(cookie);
	}

	private HttpRequest.Builder request(URI origin, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(origin.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-For", this.address)
			.header("Accept", "text/html");
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie", this.cookies.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		String name = pair.substring(0, pair.indexOf('='));
		String value = pair.substring(pair.indexOf('=') + 1);
		if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
