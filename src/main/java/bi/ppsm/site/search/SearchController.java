package bi.ppsm.site.search;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /recherche} (and {@code /en/recherche}, {@code /rn/recherche}): the site search. Any
 * value of any parameter gives a normal page: an unknown {@code type} means every kind, a page
 * number that is not one means the first. Result pages are never stored by the page cache (it
 * keeps no page with a query string it does not know) and are not indexed by search engines.
 */
@Controller
class SearchController {

	static final String PATH = "/recherche";

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping(PATH)
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String page, Locale locale, Model model) {
		SearchQuery query = SearchQuery.of(q);
		SearchKind kind = SearchKind.ofParameter(type).orElse(null);
		boolean english = "en".equals(locale.getLanguage());
		model.addAttribute("query", query.text());
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", SearchKind.values());
		model.addAttribute("links", new SearchLinks(query.text(), kind));
		model.addAttribute("results", this.search.search(query.text(), kind, pageNumber(page), english));
		if (!query.isEmpty()) {
			model.addAttribute("noindex", Boolean.TRUE);
		}
		return "search";
	}

	/** Pages are numbered from 1 in the URL. */
	private static int pageNumber(String text) {
		return (text != null && text.matches("\\d{1,6}")) ? Math.max(Integer.parseInt(text) - 1, 0) : 0;
	}

}
