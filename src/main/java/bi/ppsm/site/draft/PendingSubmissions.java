package bi.ppsm.site.draft;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves that could not be accepted (session ended, security token stale), kept for one hour
 * so that the form comes back with everything typed once the staff member is signed in again.
 * A row is found only through the random token of an HttpOnly cookie of the browser that sent
 * it (the table holds its hash), and only for the form it was sent to.
 */
@Component
public class PendingSubmissions {

	static final String COOKIE = "PPSM_KEPT";

	static final Duration LIFETIME = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	PendingSubmissions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps what a refused POST carried, when it came from a page of this site, was sent to a
	 * form whose content may be kept and holds typed fields.
	 * @param login who sent it, when still known
	 * @return whether something was kept
	 */
	public boolean keep(HttpServletRequest request, HttpServletResponse response, String login) {
		String path = path(request);
		if (!"POST".equals(request.getMethod()) || !KeptFields.keepable(path) || !sameOrigin(request)) {
			return false;
		}
		String fields = KeptFields.encode(request.getParameterMap());
		if (fields.isEmpty() || fields.length() > KeptFields.MAX_LENGTH) {
			return false;
		}
		deleteExpired();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("insert into pending_submission (token_hash, login, form_path, fields, created_at) values (?, ?, ?, ?, ?)")
			.params(hash(token), login, path, fields, Timestamp.from(this.clock.instant()))
			.update();
		cookie(request, response, token, LIFETIME);
		return true;
	}

	/**
	 * The fields kept by this browser for this form, if any, still fresh and sent by this staff
	 * member (or by an unknown one whose session had ended); the row is deleted as it is read.
	 */
	@Transactional
	public Optional<Map<String, String[]>> take(HttpServletRequest request, HttpServletResponse response, String login) {
		String token = token(request);
		if (token == null) {
			return Optional.empty();
		}
		Timestamp oldest = Timestamp.from(this.clock.instant().minus(LIFETIME));
		Optional<String> fields = this.jdbc
			.sql("delete from pending_submission where token_hash = ? and form_path = ? and created_at > ?"
					+ " and (login is null or login = ?) returning fields")
			.params(hash(token), path(request), oldest, login)
			.query(String.class)
			.optional();
		if (fields.isPresent()) {
			cookie(request, response, "", Duration.ZERO);
		}
		return fields.map(KeptFields::decode);
	}

	/** Removes what was never used. */
	public int deleteExpired() {
		return this.jdbc.sql("delete from pending_submission where created_at <= ?")
			.param(Timestamp.from(this.clock.instant().minus(LIFETIME)))
			.update();
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	static boolean hasToken(HttpServletRequest request) {
		return token(request) != null;
	}

	/**
	 * Sent by a page of this site: browsers say so in headers a page of another site cannot
	 * forge. Without them (another client), nothing is kept.
	 */
	static boolean sameOrigin(HttpServletRequest request) {
		if ("same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return false;
		}
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
				|| ("https".equals(request.getScheme()) && port == 443);
		String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
		return origin.equalsIgnoreCase(own);
	}

	private static String token(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static void cookie(HttpServletRequest request, HttpServletResponse response, String value, Duration age) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(request.getContextPath() + "/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(age)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
