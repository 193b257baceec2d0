package bi.ppsm.site.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import bi.ppsm.site.document.PublishedDocuments;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammePage;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectPage;

/** The public page of a programme or a project from a record as it stands, for the admin's previews. */
@Component
public class PublicPages implements ProgrammePage, ProjectPage {

	private final Catalog catalog;

	private final Clock clock;

	private final PublishedDocuments documents;

	PublicPages(Catalog catalog, Clock clock, PublishedDocuments documents) {
		this.catalog = catalog;
		this.clock = clock;
		this.documents = documents;
	}

	@Override
	public String render(Programme programme, Model model) {
		model.addAttribute("detail", this.catalog.detail(programme));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("documents", this.documents.of(programme));
		return "programmes/show";
	}

	@Override
	public String render(Project project, Model model) {
		model.addAttribute("detail", this.catalog.detail(project));
		model.addAttribute("documents", this.documents.of(project));
		return "projects/show";
	}

}
