package bi.ppsm.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one HTTP client of the tests that talk to a running server: a browser's cookie jar and
 * form handling, without the browser. It asks for HTML, never follows redirects, keeps every
 * cookie whatever the port (one site behind a load balancer) and sends Secure cookies too, as the
 * TLS proxy in front would let it. Raw requests go through a socket, for bytes no HTTP client
 * would send.
 */
public final class HttpVisitor {

	public static final String ACCEPT_HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

	private static final HttpClient SHARED = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private URI origin;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final List<String> setCookies = new ArrayList<>();

	private final Map<String, String> always = new LinkedHashMap<>();

	public HttpVisitor(URI origin) {
		this.origin = origin;
	}

	/** A visitor of http://localhost:{port}. */
	public HttpVisitor(int port) {
		this(URI.create("http://localhost:" + port));
	}

	/** From now on, requests go to this origin (another instance of the site); cookies are kept. */
	public HttpVisitor at(URI origin) {
		this.origin = origin;
		return this;
	}

	/** The visitor's address, as the proxy in front reports it in X-Forwarded-For. */
	public HttpVisitor from(String address) {
		return always("X-Forwarded-For", address);
	}

	/** A header sent with every request (e.g. X-Forwarded-Proto, as the TLS proxy adds). */
	public HttpVisitor always(String name, String value) {
		this.always.put(name, value);
		return this;
	}

	/** @param headers name, value, name, value... */
	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A GET whose body is kept as bytes (a compressed answer). */
	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		return send(request(path, headers).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A request with another method and no body (DELETE, PUT, TRACE...). */
	public HttpResponse<String> method(String method, String path, String... headers) {
		return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Posts an urlencoded body as it is. */
	public HttpResponse<String> post(String path, String body, String... headers) {
		return send(request(path, headers).setHeader("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		return post(path, fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&")));
	}

	/** The fields of a form on a page (CSRF token included), as a browser would send them back. */
	public Map<String, String> form(String page, String formSelector) {
		HttpResponse<String> response = get(page);
		if (response.statusCode() != 200) {
			throw new AssertionError(page + " answered " + response.statusCode());
		}
		Document document = Jsoup.parse(response.body());
		if (document.select(formSelector).isEmpty()) {
			throw new AssertionError("no " + formSelector + " on " + page);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		document.select(formSelector + " input[name], " + formSelector + " textarea[name]")
			.forEach(input -> fields.put(input.attr("name"),
					input.tagName().equals("textarea") ? input.text() : input.attr("value")));
		return fields;
	}

	/** The CSRF token of the first form on a page (asking for the page also sets the CSRF cookie). */
	public String csrfToken(String page) {
		Document document = Jsoup.parse(get(page).body());
		Element token = document.selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new AssertionError("no CSRF token on " + page);
		}
		return token.attr("value");
	}

	/** Signs in through the real sign-in form; returns the answer to the POST. */
	public HttpResponse<String> signIn(String login, String password) {
		return post("/login", "username=" + encode(login) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrfToken("/login")));
	}

	/** Sends bytes as they are; returns the whole answer (status line, headers, body) as UTF-8. */
	public String raw(byte[] request) {
		try (Socket socket = new Socket(this.origin.getHost(), this.origin.getPort())) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			return bytes.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String raw(String request) {
		return raw(request.getBytes(StandardCharsets.UTF_8));
	}

	/** The cookies this visitor holds, by name (a test may plant one). */
	public Map<String, String> cookies() {
		return this.cookies;
	}

	/** Every Set-Cookie header received, in order. */
	public List<String> setCookies() {
		return this.setCookies;
	}

	/** The Cookie header this visitor sends, for raw requests. */
	public String cookieHeader() {
		return this.cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.origin.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", ACCEPT_HTML);
		this.always.forEach(builder::setHeader);
		for (int i = 0; i < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie", cookieHeader());
		}
		return builder;
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			HttpResponse<T> response = SHARED.send(request.build(), body);
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
		this.setCookies.add(setCookie);
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

}
