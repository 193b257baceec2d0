package bi.ppsm.site.draft;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of an admin form as they are kept: encoded as the browser sends them
 * ({@code name=value&...}), without the CSRF token and without anything that looks like a
 * password. Forms about passwords, accounts and second factors are never kept at all.
 */
final class KeptFields {

	/** Kept submissions and drafts stay small; a longer one is not kept. */
	static final int MAX_LENGTH = 200_000;

	private static final Set<String> SECRET_NAMES = Set.of("_csrf", "password", "current", "confirmation");

	private static final List<String> NEVER_KEPT = List.of("/admin/mot-de-passe", "/admin/comptes",
			"/admin/brouillons", "/admin/compte", "/admin/second-facteur");

	private KeptFields() {
	}

	/** Whether the typed content of a form posted to this path may be kept at all. */
	static boolean keepable(String path) {
		if (path == null || path.length() > 500 || !path.startsWith("/admin/")) {
			return false;
		}
		return NEVER_KEPT.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"));
	}

	/** Drafts are autosaved for content only: not for the inbox (personal data of visitors). */
	static boolean draftable(String path) {
		return keepable(path) && !path.startsWith("/admin/messages");
	}

	/** The fields worth keeping, encoded; empty when nothing but tokens and secrets was sent. */
	static String encode(Map<String, String[]> parameters) {
		StringBuilder encoded = new StringBuilder();
		boolean typed = false;
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (secret(name)) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (!encoded.isEmpty()) {
					encoded.append('&');
				}
				encoded.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				typed = true;
			}
		}
		return typed ? encoded.toString() : "";
	}

	/** Keeps the fields of an encoded form but its secrets (a draft sent by the browser). */
	static String clean(String encoded) {
		return encode(decode(encoded));
	}

	static Map<String, String[]> decode(String encoded) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decodePart((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decodePart(pair.substring(equals + 1));
			values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
		return parameters;
	}

	private static String decodePart(String part) {
		try {
			return URLDecoder.decode(part, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	private static boolean secret(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return SECRET_NAMES.contains(lower) || lower.contains("password") || lower.contains("motdepasse");
	}

}
