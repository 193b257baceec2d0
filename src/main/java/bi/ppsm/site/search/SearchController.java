package bi.ppsm.site.search;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /recherche} (and {@code /en/recherche}, {@code /rn/recherche}): the site search. Any
 * value of any parameter gives a normal page: an unknown {@code type} means every kind, a page
 * number that is not one means the first. Result pages are never stored by the page cache (it
 * keeps no page with a query string it does not know), nor by browsers and proxies
 * ({@code no-store}: a query may reveal its visitor's distress), and are not indexed by search
 * engines. The empty search page is an ordinary public page.
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
			@RequestParam(required = false) String page, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
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
		if (request.getQueryString() != null) {
			// what someone searched for may say what they are going through: kept by no browser or proxy
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		return "search";
	}

	/** Pages are numbered from 1 in the URL. */
	private static int pageNumber(String text) {
		return (text != null && text.matches("\\d{1,6}")) ? Math.max(Integer.parseInt(text) - 1, 0) : 0;
	}

}
