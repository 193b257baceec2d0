package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hostile values, each with a short label for failure messages, and what no answer may ever
 * contain whatever it was fed.
 */
final class Payloads {

	record Payload(String label, String value) {

		@Override
		public String toString() {
			return this.label;
		}

	}

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String IMG = "\"><img src=x onerror=alert(1)>";

	/** Values any text field may receive. */
	static final List<Payload> TEXT = List.of(new Payload("100 000 characters", "é<".repeat(50_000)),
			new Payload("300-character sentence", "Une phrase ordinaire, mais bien trop longue pour ce champ. ".repeat(5)),
			new Payload("control characters and lone surrogates",
					"a\u0000b\u0007c\u202Ed\u0085e\u001Bf\uD800g\uDFFFh"),
			new Payload("CR/LF", "ligne\r\nSet-Cookie: pris=1\r\nBcc: pirate@evil.example"),
			new Payload("markup", SCRIPT + IMG),
			new Payload("javascript: URL and SQL", "javascript:alert(1)//' OR 1=1--'; DROP TABLE project;--"),
			new Payload("blank", "   "));

	/** Values for numbers, dates, choices, ids, versions and check boxes. */
	static final List<Payload> TYPED = List.of(new Payload("exponent", "1e999999"), new Payload("negative", "-1"),
			new Payload("fraction", "1.5"), new Payload("impossible date", "2020-13-45"),
			new Payload("far future date", "+999999999-12-31"), new Payload("far past date", "-999999999-01-01"),
			new Payload("empty", ""), new Payload("markup", SCRIPT), new Payload("NUL", "1\u0000"),
			new Payload("100 000 digits", "9".repeat(100_000)));

	/** Values for what a person never types: Spring's check-box markers, submit buttons. */
	static final List<Payload> MACHINE = List.of(new Payload("markup", SCRIPT + IMG),
			new Payload("100 000 characters", "é<".repeat(50_000)));

	/** Markup that must never come back unescaped. */
	static final List<String> LIVE_MARKUP = List.of("<script>alert(1)", "<img src=x", "href=\"javascript:",
			"src=\"javascript:");

	/** Traces of the machinery that must never reach a visitor. */
	static final List<String> LEAKS = List.of("Exception", "java.lang", "org.springframework", "org.hibernate",
			"org.postgresql", "SQLState", "at bi.ppsm", "Failed to convert", "Whitelabel");

	/** What Thymeleaf prints for a message key missing from the bundle. */
	static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+_[a-z]{2}\\?\\?");

	private Payloads() {
	}

	/** Every value for a field (its name, and its kind: an input's type, "textarea", "select"...). */
	static List<Payload> forField(String name, String kind) {
		if (name.startsWith("_") || kind.equals("submit")) {
			return MACHINE;
		}
		return switch (kind) {
			case "number", "date", "select", "checkbox", "hidden-number" -> TYPED;
			default -> TEXT;
		};
	}

	/** What is wrong with an answer's body, or an empty list. */
	static List<String> problemsIn(String body) {
		List<String> problems = new ArrayList<>();
		for (String markup : LIVE_MARKUP) {
			if (body.contains(markup)) {
				problems.add("live markup " + markup);
			}
		}
		for (String leak : LEAKS) {
			if (body.contains(leak)) {
				problems.add("leaks " + leak);
			}
		}
		var missing = MISSING_MESSAGE.matcher(body);
		if (missing.find()) {
			problems.add("message missing from the bundle: " + missing.group());
		}
		return problems;
	}

}
