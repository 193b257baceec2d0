package bi.ppsm.site.project;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
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
import bi.ppsm.site.admin.DryRun;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.admin.UnsavedPreview;
import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.system.Publication;

/** Staff create, edit, delete and preview projects; a project belongs to one programme. */
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

	private final ProjectPage page;

	private final DryRun dryRun;

	private final ProjectKeyResults keyResults;

	private final Codelists codelists;

	private final ObjectProvider<ProjectChecklist> checklist;

	private final Clock clock;

	ProjectAdminController(ProjectRepository projects, ProgrammeRepository programmes, ProjectService service,
			Relations relations, ProjectPage page, DryRun dryRun, ProjectKeyResults keyResults, Codelists codelists,
			ObjectProvider<ProjectChecklist> checklist, Clock clock) {
		this.clock = clock;
		this.codelists = codelists;
		this.checklist = checklist;
		this.projects = projects;
		this.programmes = programmes;
		this.service = service;
		this.relations = relations;
		this.page = page;
		this.dryRun = dryRun;
		this.keyResults = keyResults;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name"));
		Page<Project> result = (q == null) ? this.projects.findAll(request)
				: this.projects.findByNameContainingIgnoreCase(q, request);
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		model.addAttribute("now", this.clock.instant());
		return "admin/project/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", ProjectForm.empty());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.service.check(form, null, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		Project project = this.service.create(form);
		savedFlash(project, redirect);
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
			Model model, RedirectAttributes redirect) {
		Project project = this.service.find(id);
		AdminForms.checkVersion(project.getVersion(), form.version(), result);
		this.service.check(form, project, result);
		if (result.hasErrors()) {
			return form(model, project);
		}
		this.service.update(id, form);
		savedFlash(project, redirect);
		return "redirect:" + BASE + "/" + id;
	}

	/**
	 * The public page as the form would make it, nothing saved (a transaction rolled back); the
	 * form with its errors when it is not valid, or with {@code retour}, back from the preview.
	 */
	@PostMapping({ "/nouveau/apercu", "/{id}/apercu" })
	String preview(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") ProjectForm form,
			BindingResult result, Model model, HttpServletRequest request) {
		return this.dryRun.run(() -> {
			Project project = (id != null) ? this.service.find(id) : null;
			this.service.check(form, project, result);
			if (result.hasErrors() || request.getParameter(UnsavedPreview.BACK) != null) {
				return form(model, project);
			}
			String view = this.page.render(this.service.applyUnsaved(project, form), model);
			UnsavedPreview.of(request).addTo(model.asMap());
			return view;
		});
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

	private void savedFlash(Project project, RedirectAttributes redirect) {
		boolean visible = project.isVisibleAt(this.clock.instant());
		Flash.saved(redirect, "project", project.getName())
			.publicPage(visible ? "/projets/" + project.getSlug() : null)
			.list(BASE);
	}

	/** The form; an existing project also links to its phases and key results, with their numbers. */
	private String form(Model model, Project project) {
		model.addAttribute("project", project);
		if (project != null) {
			model.addAttribute("programmeId", project.getProgramme().getId());
			model.addAttribute("phaseCount", project.getPhases().size());
			model.addAttribute("resultCount", this.keyResults.countByProjectId(project.getId()));
			ProjectChecklist check = this.checklist.getIfAvailable();
			if (check != null && project.getId() != null) {
				model.addAttribute("iatiChecklist", check.check(project));
			}
		}
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("publications", Publication.values());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("programmeOptions", this.programmes.findAllByOrderByPosition()
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		this.relations.addOptions(model);
		model.addAttribute("usualSectors", this.codelists.sectors().only(Codelists.USUAL_SECTORS));
		model.addAttribute("otherSectors", this.codelists.sectors().without(Codelists.USUAL_SECTORS));
		model.addAttribute("sectorRows", ProjectForm.SECTOR_ROWS);
		return FORM;
	}

}
