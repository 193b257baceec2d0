package bi.ppsm.site.document;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.system.PpsmProperties;

/** Saves of documents: the description, the checked file, its relations and the audit log, in one transaction. */
@Service
@Transactional
public class DocumentService {

	private final DocumentRepository documents;

	private final DocumentFiles files;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final AuditLog audit;

	private final Clock clock;

	private final long maxSize;

	private final Revisions revisions;

	DocumentService(DocumentRepository documents, DocumentFiles files, ProgrammeRepository programmes,
			ProjectRepository projects, AuditLog audit, Clock clock, PpsmProperties properties, Revisions revisions) {
		this.revisions = revisions;
		this.documents = documents;
		this.files = files;
		this.programmes = programmes;
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
		this.maxSize = properties.uploads().maxDocumentSize().toBytes();
	}

	@Transactional(readOnly = true)
	public Document find(long id) {
		return this.documents.findById(id).orElseThrow(() -> new NotFoundException("document " + id));
	}

	long maxSize() {
		return this.maxSize;
	}

	/**
	 * Checks the form's file by its content; a refusal is an error on the field {@code file}.
	 * Null when no file was chosen or it was refused.
	 */
	StoredFile check(DocumentForm form, boolean required, Errors errors) {
		if (form == null) {
			return null;
		}
		MultipartFile file = form.file();
		boolean chosen = file != null && (!file.isEmpty() || hasText(file.getOriginalFilename()));
		if (!chosen) {
			if (required) {
				fileError(errors, "missing");
			}
			return null;
		}
		try {
			if (file.getSize() > this.maxSize) {
				throw new UploadRefused("tooLarge");
			}
			byte[] bytes = file.getBytes();
			if (bytes.length > this.maxSize) {
				throw new UploadRefused("tooLarge");
			}
			FileInspector.Inspection inspection = FileInspector.inspect(bytes);
			return new StoredFile(bytes, inspection.type(),
					FileNames.clean(file.getOriginalFilename(), inspection.type()), sha256(bytes),
					inspection.thumbnail());
		}
		catch (UploadRefused refused) {
			fileError(errors, refused.code());
			return null;
		}
		catch (IOException ex) {
			fileError(errors, "unreadable");
			return null;
		}
	}

	/**
	 * An error on the file field; on the whole form when other fields could not even be
	 * converted (then the form has no target to hold field errors).
	 */
	private void fileError(Errors errors, String code) {
		Object[] args = { this.maxSize / (1024 * 1024) };
		if (errors instanceof BindingResult result && result.getTarget() == null) {
			errors.reject("document.file." + code, args, null);
		}
		else {
			errors.rejectValue("file", "document.file." + code, args, null);
		}
	}

	Document create(DocumentForm form, StoredFile file) {
		Document document = new Document(form.title(), this.clock.instant(), currentUser());
		Changes changes = apply(form, document);
		document.setFile(file);
		this.documents.saveAndFlush(document);
		this.files.store(document.getId(), file);
		this.revisions.created("document", document.getId());
		this.audit.record("CREATE", "document", document.getId(), document.getTitle(), changes.fields());
		return document;
	}

	/** Applies the form; {@code file} (null: the file stays) replaces the stored one. */
	void update(long id, DocumentForm form, StoredFile file) {
		this.revisions.track("document", id);
		Document document = find(id);
		Changes changes = apply(form, document);
		if (file != null) {
			changes.changed("file", !file.sha256().equals(document.getSha256())
					|| !file.fileName().equals(document.getFileName()));
			document.setFile(file);
			this.documents.flush();
			this.files.store(id, file);
		}
		this.audit.record("UPDATE", "document", id, document.getTitle(), changes.fields());
	}

	void delete(long id) {
		Document document = find(id);
		this.audit.record("DELETE", "document", id, document.getTitle(), List.of());
		this.documents.delete(document);
	}

	private Changes apply(DocumentForm form, Document d) {
		Changes changes = new Changes().set("title", d.getTitle(), form.title(), d::setTitle)
			.set("description", d.getDescription(), form.description(), d::setDescription)
			.set("category", d.getCategory(), form.category(), d::setCategory)
			.set("language", d.getLanguage(), form.language(), d::setLanguage)
			.set("date", d.getDate(), form.date(), d::setDate)
			.set("published", d.isPublished(), Boolean.TRUE.equals(form.published()), d::setPublished);
		changes.changed("programmes",
				Relations.replace(d.getProgrammes(), Relations.byPosition(this.programmes.findAllById(form.programmes()))));
		changes.changed("projects", Relations.replace(d.getProjects(), this.projects.findAllById(form.projects())));
		return changes;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : null;
	}

}
