package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A form as a browser would send it, read from the page that shows it: every field's name,
 * kind and current value. The suite takes the fields from the real templates, so a field added
 * to a form is attacked without anyone listing it.
 */
final class FormPage {

	record Field(String name, String kind) {
	}

	/** The fields, in page order (the submit buttons that carry a name included). */
	final List<Field> fields = new ArrayList<>();

	/** What the form sends unchanged. */
	final Map<String, List<String>> values = new LinkedHashMap<>();

	private FormPage() {
	}

	static FormPage of(String html, String action) {
		Element form = Jsoup.parse(html)
			.select("form[method=post]")
			.stream()
			.filter(f -> f.attr("action").equals(action)
					|| f.select("button[formaction]").stream().anyMatch(b -> b.attr("formaction").equals(action)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form posting to " + action + " in the page"));
		FormPage page = new FormPage();
		for (Element element : form.select("input[name], textarea[name], select[name], button[name]")) {
			String name = element.attr("name");
			if (name.equals("_csrf")) {
				continue;
			}
			String kind = kind(element);
			if (page.fields.stream().noneMatch(f -> f.name().equals(name))) {
				page.fields.add(new Field(name, kind));
			}
			List<String> sent = page.values.computeIfAbsent(name, n -> new ArrayList<>());
			switch (kind) {
				case "submit" -> {
					// a button is sent only when pressed
				}
				case "checkbox", "radio" -> {
					// as a browser: a box or a radio button only when checked
					if (element.hasAttr("checked")) {
						sent.add(element.attr("value"));
					}
				}
				case "textarea" -> sent.add(element.wholeText().replaceFirst("^\n", ""));
				case "select" -> {
					var chosen = element.select("option[selected]");
					if (!chosen.isEmpty()) {
						chosen.forEach(option -> sent.add(option.attr("value")));
					}
					else if (!element.hasAttr("multiple") && !element.select("option").isEmpty()) {
						sent.add(element.select("option").first().attr("value"));
					}
				}
				default -> sent.add(element.attr("value"));
			}
		}
		page.values.values().removeIf(List::isEmpty);
		return page;
	}

	private static String kind(Element element) {
		return switch (element.tagName()) {
			case "textarea" -> "textarea";
			case "select" -> "select";
			case "button" -> "submit";
			default -> {
				String type = element.attr("type").isEmpty() ? "text" : element.attr("type");
				yield (type.equals("hidden") && element.attr("name").equals("version")) ? "hidden-number" : type;
			}
		};
	}

}
