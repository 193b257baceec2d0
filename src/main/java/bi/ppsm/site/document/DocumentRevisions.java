package bi.ppsm.site.document;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.FormRevisions;

/**
 * Documents keep revisions: their description (not their file), restored through the normal
 * update; the form's own checks are all Bean Validation and the file stays as it is.
 */
@Component
class DocumentRevisions extends FormRevisions<Document, DocumentForm> {

	private final DocumentService service;

	DocumentRevisions(DocumentService service) {
		super("document", DocumentForm.class, "/admin/documents", service::find, DocumentForm::from,
				Document::getTitle, Map.of("programmes", "programme", "projects", "project"));
		this.service = service;
	}

	@Override
	protected void update(long id, DocumentForm form, BindingResult result) {
		this.service.update(id, form, null);
	}

}
