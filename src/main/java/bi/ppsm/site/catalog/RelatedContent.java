package bi.ppsm.site.catalog;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import bi.ppsm.site.document.PublishedDocuments;
import bi.ppsm.site.news.FeedLink;
import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;

/**
 * What the page of a programme or a project shows from other features: its latest news (with
 * the programme's feed) and its documents. The public pages and the staff previews share it.
 */
@Component
public class RelatedContent {

	private final PublishedNews news;

	private final PublishedDocuments documents;

	RelatedContent(PublishedNews news, PublishedDocuments documents) {
		this.news = news;
		this.documents = documents;
	}

	void addTo(Model model, Programme programme) {
		model.addAttribute("news", this.news.latest(programme, PublishedNews.BLOCK_SIZE));
		model.addAttribute("documents", this.documents.of(programme));
		if (programme.getId() != null) {
			model.addAttribute("feed", FeedLink.ofProgramme(programme.getSlug(), programme.getName()));
		}
	}

	void addTo(Model model, Project project) {
		model.addAttribute("news", this.news.latest(project, PublishedNews.BLOCK_SIZE));
		model.addAttribute("documents", this.documents.of(project));
	}

}
