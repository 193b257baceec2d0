package bi.ppsm.site.revision;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What a browser would send from a form of a page: checked boxes only, selected options, text areas. */
final class AdminForm {

	private AdminForm() {
	}

	static MultiValueMap<String, String> fields(String html, String formSelector) {
		Document document = Jsoup.parse(html);
		Element form = document.selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("no " + formSelector);
		}
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			switch (input.tagName()) {
				case "textarea" -> fields.add(name, input.wholeText());
				case "select" -> input.select("option[selected]").forEach(o -> fields.add(name, o.attr("value")));
				default -> {
					String type = input.attr("type");
					if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
						continue;
					}
					if (!type.equals("submit") && !type.equals("file")) {
						fields.add(name, input.attr("value"));
					}
				}
			}
		}
		fields.remove("_csrf");
		return fields;
	}

}
