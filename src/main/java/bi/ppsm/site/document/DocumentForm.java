package bi.ppsm.site.document;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import bi.ppsm.site.admin.VersionedForm;
import bi.ppsm.site.programme.RelationFields;

/**
 * A document as staff describe it, with its file: required for a new document, optional for
 * an existing one (a new file replaces the old one).
 */
record DocumentForm(@NotBlank @Size(max = 300) String title, @Size(max = 600) String description,
		@NotNull DocumentCategory category, @NotNull DocumentLanguage language, @NotNull LocalDate date,
		Boolean published, List<Long> programmes, List<Long> projects, Integer version, MultipartFile file)
		implements VersionedForm {

	DocumentForm {
		programmes = RelationFields.orEmpty(programmes);
		projects = RelationFields.orEmpty(projects);
	}

	static DocumentForm empty(LocalDate today) {
		return new DocumentForm(null, null, null, DocumentLanguage.FR, today, Boolean.FALSE, null, null, 0, null);
	}

	static DocumentForm from(Document d) {
		return new DocumentForm(d.getTitle(), d.getDescription(), d.getCategory(), d.getLanguage(), d.getDate(),
				d.isPublished(), RelationFields.ids(d.getProgrammes()), RelationFields.ids(d.getProjects()),
				d.getVersion(), null);
	}

	boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

}
