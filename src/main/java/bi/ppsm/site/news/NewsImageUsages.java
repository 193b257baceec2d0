package bi.ppsm.site.news;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.media.ImageUsages;

/** The news items whose cover is an image. */
@Component
class NewsImageUsages implements ImageUsages {

	private final NewsRepository news;

	NewsImageUsages(NewsRepository news) {
		this.news = news;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> usagesOf(long imageId) {
		return this.news.titlesWithCover(imageId).stream().map(t -> "Actualité « " + t + " »").toList();
	}

}
