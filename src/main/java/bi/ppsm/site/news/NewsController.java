package bi.ppsm.site.news;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.system.Markdown;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.system.SiteUrls;

/** The public news: the list, filtered by programme; an item's page; the Atom feeds. */
@Controller
class NewsController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PublishedNews news;

	private final ProgrammeRepository programmes;

	private final NewsPage page;

	private final SiteUrls urls;

	private final Markdown markdown;

	private final MessageSource messages;

	NewsController(PublishedNews news, ProgrammeRepository programmes, NewsPage page, SiteUrls urls, Markdown markdown,
			MessageSource messages) {
		this.news = news;
		this.programmes = programmes;
		this.page = page;
		this.urls = urls;
		this.markdown = markdown;
		this.messages = messages;
	}

	/** An unknown programme or a page number that is not one is ignored: the list is never an error. */
	@GetMapping("/actualites")
	String list(@RequestParam(required = false) String programme, @RequestParam(required = false) String page,
			Model model, HttpServletRequest request) {
		List<Programme> published = this.programmes.findVisible(this.news.now());
		Programme chosen = published.stream().filter(p -> p.getSlug().equals(programme)).findFirst().orElse(null);
		Page<NewsItem> items = this.news.page(chosen, pageNumber(page));
		// one of the finitely many lists (a programme, a page that exists): worth keeping in the page cache
		Map<String, String> used = new HashMap<>();
		used.put("programme", (chosen != null) ? chosen.getSlug() : null);
		used.put("page", (items.getNumber() > 0 && items.getNumber() < items.getTotalPages())
				? String.valueOf(items.getNumber() + 1) : null);
		PageCache.markKnownQuery(request, used);
		model.addAttribute("items", items);
		model.addAttribute("programmes", published);
		model.addAttribute("chosen", chosen);
		if (chosen != null) {
			model.addAttribute("feed", FeedLink.ofProgramme(chosen.getSlug(), chosen.getName()));
		}
		return "news/list";
	}

	@GetMapping("/actualites/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletRequest request) {
		NewsItem item = this.news.bySlug(slug).orElseThrow(() -> new NotFoundException("news " + slug));
		return this.page.render(item, model, this.urls.base(request));
	}

	@GetMapping("/actualites/flux.atom")
	ResponseEntity<String> feed(HttpServletRequest request) {
		List<NewsItem> items = this.news.latest(PublishedNews.FEED_SIZE);
		return atom(AtomFeed.write(this.urls.base(request), "/actualites/flux.atom", "/actualites",
				text("news.feed.title"), text("news.feed.subtitle"), items, this.news.now(), this.markdown));
	}

	@GetMapping("/programmes/{slug}/actualites.atom")
	ResponseEntity<String> programmeFeed(@PathVariable String slug, HttpServletRequest request) {
		Programme programme = this.programmes.findBySlug(slug)
			.filter(p -> p.isVisibleAt(this.news.now()))
			.orElseThrow(() -> new NotFoundException("programme " + slug));
		List<NewsItem> items = this.news.latest(programme, PublishedNews.FEED_SIZE);
		return atom(AtomFeed.write(this.urls.base(request), "/programmes/" + slug + "/actualites.atom",
				"/programmes/" + slug, text("news.feed.programmeTitle", programme.getName()), null, items,
				this.news.now(), this.markdown));
	}

	private static ResponseEntity<String> atom(String xml) {
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	static int pageNumber(String page) {
		if (page == null || page.isEmpty() || page.length() > 6 || !page.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 0;
		}
		return Math.max(Integer.parseInt(page) - 1, 0);
	}

}
