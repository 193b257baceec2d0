package bi.ppsm.site.news;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The public page of a news item from a record as it stands, saved or not: visitors' page and
 * the admin's preview of an unsaved form. It sets the sharing tags of the layout (the cover as
 * {@code og:image}, {@code og:type} article and its publication time).
 */
@Component
class NewsPage {

	static final String VIEW = "news/show";

	/** Other items of the same projects shown under the text. */
	static final int OTHERS = 3;

	private final PublishedNews news;

	NewsPage(PublishedNews news) {
		this.news = news;
	}

	String render(NewsItem item, Model model, String base) {
		model.addAttribute("item", item);
		model.addAttribute("others", this.news.others(item, OTHERS));
		model.addAttribute("itemProgrammes", item.visibleProgrammes(this.news.now()));
		model.addAttribute("itemProjects", item.visibleProjects(this.news.now()));
		model.addAttribute("ogType", "article");
		if (item.getPublishAt() != null) {
			model.addAttribute("articlePublishedTime", DateTimeFormatter.ISO_INSTANT.format(item.getPublishAt()));
		}
		if (item.getPublicCover() != null) {
			model.addAttribute("ogImage", SharingImage.of(item.getPublicCover(), base));
		}
		return VIEW;
	}

}
