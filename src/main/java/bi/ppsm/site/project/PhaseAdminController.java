package bi.ppsm.site.project;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Positions;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/** The phases of one project, in their order. */
@Controller
@RequestMapping("/admin/projets/{projectId}/phases")
class PhaseAdminController {

	private static final String LIST = "admin/project/phases";

	private final ProjectRepository projects;

	private final ProjectPhaseRepository phases;

	private final AuditLog audit;

	PhaseAdminController(ProjectRepository projects, ProjectPhaseRepository phases, AuditLog audit) {
		this.projects = projects;
		this.phases = phases;
		this.audit = audit;
	}

	@ModelAttribute("statuses")
	ProjectStatus[] statuses() {
		return ProjectStatus.values();
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@PathVariable long projectId, Model model) {
		model.addAttribute("form", PhaseForm.empty());
		return list(project(projectId), model);
	}

	@PostMapping
	@Transactional
	String create(@PathVariable long projectId, @Valid @ModelAttribute("form") PhaseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Project project = project(projectId);
		form.checkPeriod(result);
		if (result.hasErrors()) {
			return list(project, model);
		}
		ProjectPhase phase = new ProjectPhase(project, form.name(), form.status(),
				Positions.next(this.phases.findByProjectOrderByPosition(project).size()));
		phase.setPeriod(form.period());
		this.phases.save(phase);
		this.audit.record("CREATE", "phase", phase.getId(), project.getName() + " – " + phase.getName(),
				List.of("name", "status", "period"));
		Flash.saved(redirect, "phase", phase.getName());
		return redirect(projectId);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long projectId, @PathVariable long id, Model model) {
		Project project = project(projectId);
		ProjectPhase phase = find(project, id);
		model.addAttribute("form", PhaseForm.from(phase));
		model.addAttribute("project", project);
		model.addAttribute("phase", phase.getId());
		model.addAttribute("item", phase);
		return "admin/project/phase";
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long projectId, @PathVariable long id, @Valid @ModelAttribute("form") PhaseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Project project = project(projectId);
		ProjectPhase phase = find(project, id);
		form.checkPeriod(result);
		if (result.hasErrors()) {
			model.addAttribute("project", project);
			model.addAttribute("phase", phase.getId());
			model.addAttribute("item", phase);
			return "admin/project/phase";
		}
		Changes changes = new Changes().set("name", phase.getName(), form.name(), phase::setName)
			.set("status", phase.getStatus(), form.status(), phase::setStatus)
			.set("period", phase.getPeriod(), form.period(), phase::setPeriod);
		this.audit.record("UPDATE", "phase", id, project.getName() + " – " + phase.getName(), changes.fields());
		Flash.saved(redirect, "phase", phase.getName());
		return redirect(projectId);
	}

	@PostMapping("/{id}/monter")
	@Transactional
	String up(@PathVariable long projectId, @PathVariable long id, RedirectAttributes redirect) {
		return move(projectId, id, -1, redirect);
	}

	@PostMapping("/{id}/descendre")
	@Transactional
	String down(@PathVariable long projectId, @PathVariable long id, RedirectAttributes redirect) {
		return move(projectId, id, 1, redirect);
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long projectId, @PathVariable long id, Model model) {
		ProjectPhase phase = find(project(projectId), id);
		model.addAttribute("label", phase.getName());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", "/admin/projets/" + projectId + "/phases");
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long projectId, @PathVariable long id, RedirectAttributes redirect) {
		Project project = project(projectId);
		ProjectPhase phase = find(project, id);
		this.audit.record("DELETE", "phase", id, project.getName() + " – " + phase.getName(), List.of());
		this.phases.delete(phase);
		Flash.deleted(redirect);
		return redirect(projectId);
	}

	private String move(long projectId, long id, int step, RedirectAttributes redirect) {
		Project project = project(projectId);
		ProjectPhase phase = find(project, id);
		if (Positions.move(this.phases.findByProjectOrderByPosition(project), p -> p.getId() == id, step,
				ProjectPhase::setPosition)) {
			this.audit.record("MOVE", "phase", id, project.getName() + " – " + phase.getName(), List.of("position"));
			Flash.moved(redirect);
		}
		return redirect(projectId);
	}

	private String list(Project project, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("phases", this.phases.findByProjectOrderByPosition(project));
		return LIST;
	}

	private static String redirect(long projectId) {
		return "redirect:/admin/projets/" + projectId + "/phases";
	}

	private Project project(long id) {
		return this.projects.findById(id).orElseThrow(() -> new NotFoundException("project " + id));
	}

	private ProjectPhase find(Project project, long id) {
		return this.phases.findById(id)
			.filter(p -> p.getProject().getId().equals(project.getId()))
			.orElseThrow(() -> new NotFoundException("phase " + id));
	}

}
