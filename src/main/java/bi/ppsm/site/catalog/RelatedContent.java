package bi.ppsm.site.catalog;

import java.util.Collection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import bi.ppsm.site.document.PublishedDocuments;
import bi.ppsm.site.news.FeedLink;
import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.zone.Zone;

/**
 * What the page of a programme or a project shows from other features: its latest news (with
 * the programme's feed), its documents and the small map of its provinces ({@code zoneMap}, only
 * when it has provinces or communes). The public pages and the staff previews share it.
 */
@Component
public class RelatedContent {

	private final PublishedNews news;

	private final PublishedDocuments documents;

	private final ObjectProvider<ZoneMaps> maps;

	RelatedContent(PublishedNews news, PublishedDocuments documents, ObjectProvider<ZoneMaps> maps) {
		this.news = news;
		this.documents = documents;
		this.maps = maps;
	}

	private void addMap(Model model, Collection<Zone> zones) {
		this.maps.ifAvailable(m -> m.highlighting(zones).ifPresent(map -> model.addAttribute("zoneMap", map)));
	}

	void addTo(Model model, Programme programme) {
		model.addAttribute("news", this.news.latest(programme, PublishedNews.BLOCK_SIZE));
		model.addAttribute("documents", this.documents.of(programme));
		if (programme.getId() != null) {
			model.addAttribute("feed", FeedLink.ofProgramme(programme.getSlug(), programme.getName()));
		}
		addMap(model, programme.getZones());
	}

	void addTo(Model model, Project project) {
		model.addAttribute("news", this.news.latest(project, PublishedNews.BLOCK_SIZE));
		model.addAttribute("documents", this.documents.of(project));
		addMap(model, project.getZones());
	}

}
