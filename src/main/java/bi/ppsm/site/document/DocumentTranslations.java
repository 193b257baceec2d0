package bi.ppsm.site.document;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The document's texts that have English and Kirundi versions, with the limits of its form. */
@Component
@Order(40)
class DocumentTranslations extends TranslatableRecords<Document> {

	private static final List<TranslatableField<Document>> FIELDS = List.of(
			TranslatableField.line("title", "admin.document.title", 300, Document::getTitle),
			TranslatableField.text("description", "admin.document.description", 600, Document::getDescription));

	DocumentTranslations(DocumentRepository repository) {
		super("document", "admin.nav.documents", Document.class, "/admin/documents", FIELDS,
				Document::getId, Document::getTitle, repository::findById, () -> repository.findAll(Sort.by("title")));
	}

}
