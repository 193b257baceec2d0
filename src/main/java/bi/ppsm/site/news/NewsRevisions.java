package bi.ppsm.site.news;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.Revisable;

/** News items keep revisions: their form, restored through the normal update. */
@Component
class NewsRevisions implements Revisable {

	private final NewsService service;

	NewsRevisions(NewsService service) {
		this.service = service;
	}

	@Override
	public String type() {
		return NewsService.AUDIT_TYPE;
	}

	@Override
	public Class<?> formType() {
		return NewsForm.class;
	}

	@Override
	public Object capture(long id) {
		return NewsForm.from(this.service.find(id));
	}

	@Override
	public String label(long id) {
		return this.service.find(id).getTitle();
	}

	@Override
	public String adminUrl(long id) {
		return "/admin/actualites/" + id;
	}

	@Override
	public Map<String, String> references() {
		return Map.of("programmes", "programme", "projects", "project");
	}

	@Override
	public void restore(long id, Object form, BindingResult result) {
		NewsForm item = (NewsForm) form;
		this.service.check(item, this.service.find(id), result);
		if (!result.hasErrors()) {
			this.service.update(id, item);
		}
	}

}
