package bi.ppsm.site.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammePage;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectPage;

/** The public page of a programme or a project from a record as it stands, for the admin's previews. */
@Component
public class PublicPages implements ProgrammePage, ProjectPage {

	private final Catalog catalog;

	private final Clock clock;

	private final RelatedContent related;

	PublicPages(Catalog catalog, Clock clock, RelatedContent related) {
		this.catalog = catalog;
		this.clock = clock;
		this.related = related;
	}

	@Override
	public String render(Programme programme, Model model) {
		model.addAttribute("detail", this.catalog.detail(programme));
		model.addAttribute("today", LocalDate.now(this.clock));
		this.related.addTo(model, programme);
		return "programmes/show";
	}

	@Override
	public String render(Project project, Model model) {
		model.addAttribute("detail", this.catalog.detail(project));
		this.related.addTo(model, project);
		return "projects/show";
	}

}
