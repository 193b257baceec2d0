package bi.ppsm.site.document;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.Revisable;

/** Documents keep revisions: their description (not their file), restored through the normal update. */
@Component
class DocumentRevisions implements Revisable {

	private final DocumentService service;

	DocumentRevisions(DocumentService service) {
		this.service = service;
	}

	@Override
	public String type() {
		return "document";
	}

	@Override
	public Class<?> formType() {
		return DocumentForm.class;
	}

	@Override
	public Object capture(long id) {
		return DocumentForm.from(this.service.find(id));
	}

	@Override
	public String label(long id) {
		return this.service.find(id).getTitle();
	}

	@Override
	public String adminUrl(long id) {
		return "/admin/documents/" + id;
	}

	@Override
	public Map<String, String> references() {
		return Map.of("programmes", "programme", "projects", "project");
	}

	@Override
	public void restore(long id, Object form, BindingResult result) {
		// the form's own checks are all Bean Validation; the file stays as it is
		this.service.update(id, (DocumentForm) form, null);
	}

}
