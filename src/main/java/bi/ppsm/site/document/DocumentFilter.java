package bi.ppsm.site.document;

import java.time.LocalDate;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import bi.ppsm.site.programme.Programme;

/** The conditions of the document lists; a null value adds no condition. */
final class DocumentFilter {

	private DocumentFilter() {
	}

	static Specification<Document> published() {
		return (root, query, cb) -> cb.isTrue(root.get("published"));
	}

	static Specification<Document> titleContains(String text) {
		return (root, query, cb) -> (text == null) ? cb.conjunction()
				: cb.like(cb.lower(root.get("title")), "%" + escape(text.toLowerCase()) + "%", '\\');
	}

	static Specification<Document> category(DocumentCategory category) {
		return (root, query, cb) -> (category == null) ? cb.conjunction() : cb.equal(root.get("category"), category);
	}

	static Specification<Document> year(Integer year) {
		return (root, query, cb) -> (year == null) ? cb.conjunction()
				: cb.between(root.get("date"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Documents that belong to the programme (a subquery: no duplicate rows, paging stays right). */
	static Specification<Document> programme(Long programmeId) {
		return (root, query, cb) -> {
			if (programmeId == null) {
				return cb.conjunction();
			}
			Subquery<Long> sub = query.subquery(Long.class);
			Root<Document> inner = sub.from(Document.class);
			Join<Document, Programme> programme = inner.join("programmes");
			sub.select(inner.get("id")).where(cb.equal(programme.get("id"), programmeId));
			return root.get("id").in(sub);
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
