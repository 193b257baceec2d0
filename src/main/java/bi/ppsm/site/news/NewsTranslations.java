package bi.ppsm.site.news;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The news item's texts that have English and Kirundi versions, with the limits of its form. */
@Component
@Order(30)
class NewsTranslations extends TranslatableRecords<NewsItem> {

	private static final List<TranslatableField<NewsItem>> FIELDS = List.of(
			TranslatableField.line("title", "admin.news.title", 200, NewsItem::getTitle),
			TranslatableField.text("summary", "admin.news.summary", 300, NewsItem::getSummary),
			TranslatableField.markdown("body", "admin.news.body", 100_000, NewsItem::getBody));

	NewsTranslations(NewsRepository repository) {
		super("news", "admin.nav.news", NewsItem.class, "/admin/actualites", FIELDS,
				NewsItem::getId, NewsItem::getTitle, repository::findById, () -> repository.findAll(Sort.by("title")));
	}

}
