package bi.ppsm.site.document;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;

/**
 * The published documents of a programme or a project, for their public pages: one query
 * each, descriptions only (the files stay in their own table).
 */
@Service
@Transactional(readOnly = true)
public class PublishedDocuments {

	private final DocumentRepository documents;

	PublishedDocuments(DocumentRepository documents) {
		this.documents = documents;
	}

	/** None for a programme not saved yet (a preview). */
	public List<Document> of(Programme programme) {
		return (programme.getId() == null) ? List.of() : this.documents.findPublishedForProgramme(programme.getId());
	}

	public List<Document> of(Project project) {
		return (project.getId() == null) ? List.of() : this.documents.findPublishedForProject(project.getId());
	}

}
