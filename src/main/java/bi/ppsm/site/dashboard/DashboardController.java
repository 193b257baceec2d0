package bi.ppsm.site.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.audit.AuditEntryRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;

/**
 * The first page after sign-in: what is in draft and the latest changes. The inbox adds the
 * number of unread messages as the model attribute {@code unreadMessages}.
 */
@Controller
class DashboardController {

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final AuditEntryRepository audit;

	DashboardController(ProgrammeRepository programmes, ProjectRepository projects, AuditEntryRepository audit) {
		this.programmes = programmes;
		this.projects = projects;
		this.audit = audit;
	}

	@GetMapping({ "/admin", "/admin/" })
	String dashboard(Model model) {
		model.addAttribute("draftProgrammes", this.programmes.findByPublishedFalseOrderByName());
		model.addAttribute("draftProjects", this.projects.findByPublishedFalseOrderByName());
		model.addAttribute("latestChanges", this.audit.findTop10ByOrderByOccurredAtDescIdDesc());
		return "admin/dashboard";
	}

}
