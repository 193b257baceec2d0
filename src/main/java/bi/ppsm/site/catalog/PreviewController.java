package bi.ppsm.site.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.NotFoundException;

/** The public page of a programme or a project, drafts included, exactly as visitors will see it. */
@Controller
class PreviewController {

	private final Catalog catalog;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final Clock clock;

	private final RelatedContent related;

	PreviewController(Catalog catalog, ProgrammeRepository programmes, ProjectRepository projects, Clock clock,
			RelatedContent related) {
		this.catalog = catalog;
		this.programmes = programmes;
		this.projects = projects;
		this.clock = clock;
		this.related = related;
	}

	@GetMapping("/admin/programmes/{id}/apercu")
	String programme(@PathVariable long id, Model model) {
		Catalog.ProgrammeDetail detail = this.programmes.findById(id)
			.flatMap(p -> this.catalog.programme(p.getSlug(), true))
			.orElseThrow(() -> new NotFoundException("programme " + id));
		model.addAttribute("detail", detail);
		model.addAttribute("today", LocalDate.now(this.clock));
		this.related.addTo(model, detail.programme());
		return "programmes/show";
	}

	@GetMapping("/admin/projets/{id}/apercu")
	String project(@PathVariable long id, Model model) {
		Catalog.ProjectDetail detail = this.projects.findById(id)
			.flatMap(p -> this.catalog.project(p.getSlug(), true))
			.orElseThrow(() -> new NotFoundException("project " + id));
		model.addAttribute("detail", detail);
		this.related.addTo(model, detail.project());
		return "projects/show";
	}

}
