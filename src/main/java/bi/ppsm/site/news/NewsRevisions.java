package bi.ppsm.site.news;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.FormRevisions;

/** News items keep revisions: their form, restored through the normal update. */
@Component
class NewsRevisions extends FormRevisions<NewsItem, NewsForm> {

	private final NewsService service;

	NewsRevisions(NewsService service) {
		super(NewsService.AUDIT_TYPE, NewsForm.class, "/admin/actualites", service::find, NewsForm::from,
				NewsItem::getTitle, Map.of("programmes", "programme", "projects", "project"));
		this.service = service;
	}

	@Override
	protected void check(NewsForm form, NewsItem current, BindingResult result) {
		this.service.check(form, current, result);
	}

	@Override
	protected void update(long id, NewsForm form, BindingResult result) {
		this.service.update(id, form);
	}

}
