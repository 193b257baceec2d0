package bi.ppsm.site.redirect;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

import bi.ppsm.site.i18n.SiteLanguage;

/**
 * The shapes of the two ends of a redirect. A source is a path of this site as the French
 * site serves it: it starts with "/", has no query, fragment, language prefix or trailing
 * slash (except "/" itself), and percent escapes are decoded. A target is such a path (a
 * query is kept) or an absolute {@code http(s)} URL.
 */
final class RedirectPaths {

	static final int SOURCE_MAX = 500;

	static final int TARGET_MAX = 1000;

	private static final Pattern FORBIDDEN = Pattern.compile("[\\s\\p{Cc}\\p{Cf}\\p{Cs}\\\\<>\"]");

	private RedirectPaths() {
	}

	/** The normalised source path, or empty when the text is not a path of this site. */
	static Optional<String> source(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String path = cut(cut(text.trim(), '#'), '?');
		return sitePath(path).map(SiteLanguage::strip).map(RedirectPaths::withoutTrailingSlash)
			.filter(p -> p.length() <= SOURCE_MAX);
	}

	/** The normalised target: a site path (its query kept) or an absolute http(s) URL. */
	static Optional<String> target(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String target = cut(text.trim(), '#');
		if (target.length() > TARGET_MAX || target.isEmpty() || FORBIDDEN.matcher(target).find()) {
			return Optional.empty();
		}
		if (target.startsWith("/")) {
			int query = target.indexOf('?');
			String path = (query < 0) ? target : target.substring(0, query);
			String rest = (query < 0) ? "" : target.substring(query);
			return sitePath(path).map(SiteLanguage::strip).map(RedirectPaths::withoutTrailingSlash).map(p -> p + rest);
		}
		try {
			URI uri = new URI(target);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
				return Optional.of(target);
			}
		}
		catch (URISyntaxException ex) {
			// not a URL: refused below
		}
		return Optional.empty();
	}

	/** Whether a normalised target is a path of this site (else an absolute URL). */
	static boolean isSitePath(String target) {
		return target.startsWith("/");
	}

	/** The path part of a normalised site target, without its query. */
	static String pathOf(String target) {
		return cut(target, '?');
	}

	private static Optional<String> sitePath(String raw) {
		if (!raw.startsWith("/") || raw.startsWith("//")) {
			return Optional.empty();
		}
		String path;
		try {
			path = UriUtils.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (FORBIDDEN.matcher(path).find() || path.contains("/../") || path.endsWith("/..") || path.contains("//")) {
			return Optional.empty();
		}
		return Optional.of(path);
	}

	private static String withoutTrailingSlash(String path) {
		String p = path;
		while (p.length() > 1 && p.endsWith("/")) {
			p = p.substring(0, p.length() - 1);
		}
		return p.isEmpty() ? "/" : p;
	}

	private static String cut(String text, char at) {
		int i = text.indexOf(at);
		return (i < 0) ? text : text.substring(0, i);
	}

}
