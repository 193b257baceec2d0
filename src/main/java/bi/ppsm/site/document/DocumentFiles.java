package bi.ppsm.site.document;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of documents and of their thumbnails, in tables of their own, read and written
 * with plain SQL only when a file is stored or served.
 */
@Component
class DocumentFiles {

	private final JdbcTemplate jdbc;

	DocumentFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores (or replaces) the file of a saved document and its thumbnail (none: removed). */
	void store(long documentId, StoredFile file) {
		this.jdbc.update("delete from document_file where document_id = ?", documentId);
		this.jdbc.update("delete from document_thumbnail where document_id = ?", documentId);
		this.jdbc.update("insert into document_file (document_id, bytes) values (?, ?)", documentId, file.bytes());
		if (file.thumbnail() != null) {
			this.jdbc.update("insert into document_thumbnail (document_id, jpeg) values (?, ?)", documentId,
					file.thumbnail().jpeg());
		}
		this.jdbc.update("delete from document_text where document_id = ?", documentId);
		if (file.type() == FileType.PDF) {
			storeText(documentId, DocumentText.of(file.bytes(), file.type()));
		}
	}

	/** The text of a PDF for the site search (db/V51); the search rows follow by trigger. */
	void storeText(long documentId, String text) {
		this.jdbc.update("insert into document_text (document_id, text) values (?, ?) on conflict (document_id)"
				+ " do update set text = excluded.text, extracted_at = now()", documentId, text);
	}

	Optional<byte[]> file(long documentId) {
		return first(this.jdbc.queryForList("select bytes from document_file where document_id = ?", byte[].class,
				documentId));
	}

	Optional<byte[]> thumbnail(long documentId) {
		return first(this.jdbc.queryForList("select jpeg from document_thumbnail where document_id = ?",
				byte[].class, documentId));
	}

	private static Optional<byte[]> first(List<byte[]> rows) {
		return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
	}

}
