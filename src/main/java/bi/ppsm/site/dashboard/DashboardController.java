package bi.ppsm.site.dashboard;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.audit.AuditEntryRepository;
import bi.ppsm.site.audit.AuditWording;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.PpsmProperties;

/**
 * The first page after sign-in: shortcuts to the common tasks, what is in draft and the latest
 * changes of content in plain words, each linked to its record while it exists (reads and
 * replies of messages are left to the journal). The inbox adds the number of unread messages as
 * the model attribute {@code unreadMessages}.
 */
@Controller
class DashboardController {

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final AuditEntryRepository audit;

	private final AuditWording wording;

	private final RecordPages pages;

	private final boolean secondFactorRequired;

	DashboardController(ProgrammeRepository programmes, ProjectRepository projects, AuditEntryRepository audit,
			AuditWording wording, RecordPages pages, PpsmProperties properties) {
		this.secondFactorRequired = properties.mfa().required();
		this.programmes = programmes;
		this.projects = projects;
		this.audit = audit;
		this.wording = wording;
		this.pages = pages;
	}

	/** Inbox handlers see the inbox only: content queries are for editors and administrators. */
	@GetMapping({ "/admin", "/admin/" })
	@Transactional(readOnly = true)
	String dashboard(Model model, HttpServletRequest request) {
		boolean administrator = request.isUserInRole("ADMINISTRATOR");
		// PPSM_MFA_REQUIRED=false: every staff member is told, so that it is not left that way
		model.addAttribute("secondFactorOff", !this.secondFactorRequired);
		if (!administrator && !request.isUserInRole("EDITOR")) {
			return "admin/dashboard";
		}
		// a few drafts, not all of them: a large site may hold hundreds
		List<Programme> draftProgrammes = this.programmes.findTop20ByPublishedFalseOrderByName();
		List<Project> draftProjects = this.projects.findTop20ByPublishedFalseOrderByName();
		model.addAttribute("draftProgrammes", draftProgrammes);
		model.addAttribute("draftProjects", draftProjects);
		long drafts = ((draftProgrammes.size() < 20) ? draftProgrammes.size() : this.programmes.countByPublishedFalse())
				+ ((draftProjects.size() < 20) ? draftProjects.size() : this.projects.countByPublishedFalse());
		model.addAttribute("moreDrafts", drafts - draftProgrammes.size() - draftProjects.size());
		model.addAttribute("latestChanges", this.audit.findLatestContentChanges()
			.stream()
			.map(e -> this.wording.line(e, this.pages.of(e.getEntityType(), e.getEntityId(), administrator)))
			.toList());
		return "admin/dashboard";
	}

}
