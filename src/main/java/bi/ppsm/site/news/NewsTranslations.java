package bi.ppsm.site.news;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The news item's texts that have English and Kirundi versions, with the limits of its form. */
@Component
@Order(30)
class NewsTranslations implements TranslatableType<NewsItem> {

	private static final List<TranslatableField<NewsItem>> FIELDS = List.of(
			TranslatableField.line("title", "admin.news.title", 200, NewsItem::getTitle),
			TranslatableField.text("summary", "admin.news.summary", 300, NewsItem::getSummary),
			TranslatableField.markdown("body", "admin.news.body", 100_000, NewsItem::getBody));

	private final NewsRepository repository;

	NewsTranslations(NewsRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "news";
	}

	@Override
	public String labelKey() {
		return "admin.nav.news";
	}

	@Override
	public Class<NewsItem> entityClass() {
		return NewsItem.class;
	}

	@Override
	public List<TranslatableField<NewsItem>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(NewsItem record) {
		return record.getId();
	}

	@Override
	public String label(NewsItem record) {
		return record.getTitle();
	}

	@Override
	public Optional<NewsItem> find(long id) {
		return this.repository.findById(id);
	}

	@Override
	public List<NewsItem> all() {
		return this.repository.findAll(Sort.by("title"));
	}

	@Override
	public String editUrl(long id) {
		return "/admin/actualites/" + id;
	}

}
