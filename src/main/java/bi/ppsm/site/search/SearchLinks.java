package bi.ppsm.site.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the search page's filters and pages, encoded once here; templates give them
 * to {@code @{...}}, which adds the page's language prefix.
 */
public record SearchLinks(String query, SearchKind kind) {

	/** The results of one kind (null: every kind), first page. */
	public String ofKind(SearchKind chosen) {
		return link(chosen, 0);
	}

	/** A page (from 0) of the current kind. */
	public String page(int page) {
		return link(this.kind, page);
	}

	private String link(SearchKind chosen, int page) {
		StringBuilder link = new StringBuilder(SearchController.PATH).append("?q=")
			.append(URLEncoder.encode(this.query, StandardCharsets.UTF_8));
		if (chosen != null) {
			link.append("&type=").append(chosen.getParameter());
		}
		if (page > 0) {
			link.append("&page=").append(page + 1);
		}
		return link.toString();
	}

}
