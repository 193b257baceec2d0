package bi.ppsm.site.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The fields an admin form posts as it stands on its page (text, hidden, ticked, selected), to change a few and post it. */
final class FormFields {

	private FormFields() {
	}

	static List<Map.Entry<String, String>> of(String html) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Element form = Jsoup.parse(html).selectFirst("main form[method=post]:has(button.primary)");
		for (Element e : form.select("input[name], select[name], textarea[name]")) {
			String name = e.attr("name");
			if (name.equals("_csrf") || name.startsWith("_")) {
				continue;
			}
			switch (e.tagName()) {
				case "textarea" -> fields.add(Map.entry(name, e.wholeText()));
				case "select" -> {
					Element chosen = e.selectFirst("option[selected]");
					fields.add(Map.entry(name, (chosen != null) ? chosen.attr("value") : ""));
				}
				default -> {
					if (!e.attr("type").equals("checkbox") || e.hasAttr("checked")) {
						fields.add(Map.entry(name, e.attr("value")));
					}
				}
			}
		}
		return fields;
	}

	/** The fields with each given one set to the given value (added when missing). */
	static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, Map<String, String> changes) {
		List<Map.Entry<String, String>> result = new ArrayList<>();
		for (var f : fields) {
			if (!changes.containsKey(f.getKey())) {
				result.add(f);
			}
		}
		changes.forEach((k, v) -> result.add(Map.entry(k, v)));
		return result;
	}

}
