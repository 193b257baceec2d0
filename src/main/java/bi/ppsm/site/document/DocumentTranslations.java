package bi.ppsm.site.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The document's texts that have English and Kirundi versions, with the limits of its form. */
@Component
@Order(40)
class DocumentTranslations implements TranslatableType<Document> {

	private static final List<TranslatableField<Document>> FIELDS = List.of(
			TranslatableField.line("title", "admin.document.title", 300, Document::getTitle),
			TranslatableField.text("description", "admin.document.description", 600, Document::getDescription));

	private final DocumentRepository repository;

	DocumentTranslations(DocumentRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "document";
	}

	@Override
	public String labelKey() {
		return "admin.nav.documents";
	}

	@Override
	public Class<Document> entityClass() {
		return Document.class;
	}

	@Override
	public List<TranslatableField<Document>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(Document record) {
		return record.getId();
	}

	@Override
	public String label(Document record) {
		return record.getTitle();
	}

	@Override
	public Optional<Document> find(long id) {
		return this.repository.findById(id);
	}

	@Override
	public List<Document> all() {
		return this.repository.findAll(Sort.by("title"));
	}

	@Override
	public String editUrl(long id) {
		return "/admin/documents/" + id;
	}

}
