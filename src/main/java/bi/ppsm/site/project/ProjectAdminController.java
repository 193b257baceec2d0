package bi.ppsm.site.project;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.Relations;

/** Staff create, edit and delete projects; a project belongs to one programme. The preview is {@code catalog}'s. */
@Controller
@RequestMapping(ProjectAdminController.BASE)
class ProjectAdminController {

	static final String BASE = "/admin/projets";

	static final int PAGE_SIZE = 25;

	private static final String FORM = "admin/project/form";

	private final ProjectRepository projects;

	private final ProgrammeRepository programmes;

	private final ProjectService service;

	private final Relations relations;

	ProjectAdminController(ProjectRepository projects, ProgrammeRepository programmes, ProjectService service,
			Relations relations) {
		this.projects = projects;
		this.programmes = programmes;
		this.service = service;
		this.relations = relations;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name"));
		Page<Project> result = (q == null) ? this.projects.findAll(request)
				: this.projects.findByNameContainingIgnoreCase(q, request);
		result.forEach(p -> p.getProgramme().getName());
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		return "admin/project/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", ProjectForm.empty());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(required = false) String apercu, Model model, RedirectAttributes redirect) {
		this.service.check(form, null, result);
		if (apercu != null || result.hasErrors()) {
			model.addAttribute("preview", apercu != null);
			return form(model, null);
		}
		Project project = this.service.create(form);
		Flash.created(redirect);
		return "redirect:" + BASE + "/" + project.getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Project project = this.service.find(id);
		model.addAttribute("form", ProjectForm.from(project));
		return form(model, project);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(required = false) String apercu, Model model, RedirectAttributes redirect) {
		Project project = this.service.find(id);
		AdminForms.checkVersion(project.getVersion(), form.version(), result);
		this.service.check(form, project, result);
		if (apercu != null || result.hasErrors()) {
			model.addAttribute("preview", apercu != null);
			return form(model, project);
		}
		this.service.update(id, form);
		Flash.saved(redirect);
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", this.service.find(id).getName());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE + "/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.service.delete(id);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private String form(Model model, Project project) {
		model.addAttribute("project", project);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("programmeOptions", this.programmes.findAllByOrderByPosition()
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		this.relations.addOptions(model);
		return FORM;
	}

}
