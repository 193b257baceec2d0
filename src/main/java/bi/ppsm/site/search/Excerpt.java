package bi.ppsm.site.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A title or an excerpt as PostgreSQL's {@code ts_headline} returns it, with the words found
 * between two private-use characters, split into plain parts and hits. Pages print
 * {@link #html()}: each part escaped, hits wrapped in {@code <mark>}, so no markup from the
 * content or the query ever reaches the page (one text for the template instead of a loop over
 * the parts: a page of results has some two hundred of them).
 */
public record Excerpt(List<Part> parts) {

	static final char START = '\uE000';

	static final char STOP = '\uE001';

	/** The {@code ts_headline} option that marks the words found. */
	static final String MARKERS = "StartSel=" + START + ", StopSel=" + STOP;

	public record Part(String text, boolean hit) {
	}

	static Excerpt parse(String headline) {
		List<Part> parts = new ArrayList<>();
		if (headline == null) {
			return new Excerpt(parts);
		}
		StringBuilder current = new StringBuilder();
		boolean hit = false;
		for (int i = 0; i < headline.length(); i++) {
			char c = headline.charAt(i);
			if (c == START || c == STOP) {
				boolean opens = c == START;
				if (opens != hit) {
					add(parts, current, hit);
					hit = opens;
				}
				continue;
			}
			current.append(c);
		}
		add(parts, current, hit);
		return new Excerpt(List.copyOf(parts));
	}

	private static void add(List<Part> parts, StringBuilder text, boolean hit) {
		if (!text.isEmpty()) {
			parts.add(new Part(text.toString(), hit));
			text.setLength(0);
		}
	}

	public boolean isEmpty() {
		return this.parts.stream().allMatch(p -> p.text().isBlank());
	}

	/** The parts as markup: every part's text escaped, the hits in {@code <mark>}. */
	public String html() {
		StringBuilder html = new StringBuilder();
		for (Part part : this.parts) {
			String text = HtmlUtils.htmlEscape(part.text(), "UTF-8");
			if (part.hit()) {
				html.append("<mark>").append(text).append("</mark>");
			}
			else {
				html.append(text);
			}
		}
		return html.toString();
	}

	/** The text without marks (tests, labels). */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach(p -> text.append(p.text()));
		return text.toString();
	}

}
