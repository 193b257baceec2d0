package bi.ppsm.site.system;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Long texts are written in Markdown. They become HTML here, and that HTML is sanitised: no
 * script, no event handler, no style ever reaches a visitor, whatever the text holds.
 * Templates use it as {@code th:utext="${@markdown.html(text)}"}.
 */
@Component
public class Markdown {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
				"code", "pre", "hr", "br")
			.toFactory());

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

}
