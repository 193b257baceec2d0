package bi.ppsm.site.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor of the real server (RANDOM_PORT) over HTTP, as a browser would be: it asks for HTML,
 * keeps its cookies, never follows redirects, and remembers every Set-Cookie header it was sent. Raw
 * requests go through a socket, for bytes no HTTP client would send.
 */
final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final Map<String, String> cookies = new LinkedHashMap<>();

	/** Every Set-Cookie header received, in order. */
	final List<String> setCookies = new ArrayList<>();

	/** Headers sent with every request (e.g. X-Forwarded-Proto, as the TLS proxy adds). */
	final Map<String, String> always = new LinkedHashMap<>();

	WebClient(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
	}

	HttpResponse<String> post(String path, String form, String... headers) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), headers);
	}

	HttpResponse<String> method(String method, String path, String... headers) {
		return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()), headers);
	}

	/** The CSRF token of the form on a page (it also sets the CSRF cookie). */
	String csrfToken(String page) {
		Matcher matcher = CSRF.matcher(get(page).body());
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token on " + page);
		}
		return matcher.group(1);
	}

	/** Signs in through the real login form; returns the answer to the POST. */
	HttpResponse<String> signIn(String login, String password) {
		String token = csrfToken("/login");
		return post("/login", "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(token));
	}

	private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
		builder.setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		this.always.forEach(builder::setHeader);
		for (int i = 0; i < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie", String.join("; ", this.cookies.entrySet()
				.stream()
				.map(c -> c.getKey() + "=" + c.getValue())
				.toList()));
		}
		try {
			HttpResponse<String> response = this.http.send(builder.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			remember(response.headers().allValues("Set-Cookie"));
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(List<String> headers) {
		for (String header : headers) {
			this.setCookies.add(header);
			String pair = header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
	}

	/** Sends bytes as they are; returns the whole answer (status line, headers, body) as UTF-8. */
	String raw(byte[] request) {
		try (Socket socket = new Socket("localhost", this.port)) {
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
			throw new IllegalStateException(ex);
		}
	}

	/** The Cookie header this visitor would send, for raw requests. */
	String cookieHeader() {
		return String.join("; ", this.cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList());
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
