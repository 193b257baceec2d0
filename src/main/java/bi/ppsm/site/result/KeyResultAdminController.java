package bi.ppsm.site.result;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;

/** Key results, listed and ordered programme by programme; each may belong to a project. */
@Controller
@RequestMapping(KeyResultAdminController.BASE)
class KeyResultAdminController {

	static final String BASE = "/admin/resultats";

	private static final String FORM = "admin/result/form";

	private final KeyResultRepository results;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final KeyResultService service;

	KeyResultAdminController(KeyResultRepository results, ProgrammeRepository programmes, ProjectRepository projects,
			KeyResultService service) {
		this.results = results;
		this.programmes = programmes;
		this.projects = projects;
		this.service = service;
	}

	/** The IATI result types (output, outcome, impact, other), for the form's list. */
	@ModelAttribute("resultTypes")
	java.util.Collection<bi.ppsm.site.codelist.Code> resultTypes() {
		return this.service.resultTypes();
	}

	/**
	 * The results of one programme; with {@code projet}, only that project's results (the link
	 * of the project's edit page), and "Ajouter" pre-fills the project.
	 */
	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long projet,
			Model model) {
		List<Programme> all = this.programmes.findAllByOrderByPosition();
		Project project = (projet == null) ? null : this.projects.findById(projet).orElse(null);
		Long wanted = (programme == null && project != null) ? project.getProgramme().getId() : programme;
		Programme chosen = all.stream()
			.filter(p -> p.getId().equals(wanted))
			.findFirst()
			.orElse(all.isEmpty() ? null : all.get(0));
		model.addAttribute("programmeOptions", all.stream().map(p -> new Option(p.getId(), p.getName())).toList());
		model.addAttribute("chosen", (chosen != null) ? chosen.getId() : null);
		model.addAttribute("project", (project == null) ? null : new Option(project.getId(), project.getName()));
		List<KeyResult> found = (project != null) ? this.results.findByProjectOrderByPosition(project)
				: (chosen == null) ? List.of() : this.results.findByProgramme(chosen);
		model.addAttribute("items", found.stream().map(r -> new Option(r.getId(), r.getStatement())).toList());
		return "admin/result/list";
	}

	@GetMapping("/nouveau")
	@Transactional(readOnly = true)
	String createForm(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long projet,
			Model model) {
		model.addAttribute("form", new KeyResultForm(programme, projet, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0));
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") KeyResultForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.service.check(form, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		KeyResult keyResult = this.service.create(form);
		savedFlash(keyResult, redirect);
		return "redirect:" + BASE + "?programme=" + keyResult.getProgramme().getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		KeyResult keyResult = find(id);
		model.addAttribute("form", KeyResultForm.from(keyResult));
		return form(model, keyResult);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") KeyResultForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyResult keyResult = find(id);
		AdminForms.checkVersion(keyResult.getVersion(), form.version(), result);
		this.service.check(form, result);
		if (result.hasErrors()) {
			return form(model, keyResult);
		}
		this.service.update(id, form);
		savedFlash(keyResult, redirect);
		return "redirect:" + BASE + "?programme=" + keyResult.getProgramme().getId();
	}

	@PostMapping("/{id}/monter")
	@Transactional
	String up(@PathVariable long id, RedirectAttributes redirect) {
		return move(id, -1, redirect);
	}

	@PostMapping("/{id}/descendre")
	@Transactional
	String down(@PathVariable long id, RedirectAttributes redirect) {
		return move(id, 1, redirect);
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Model model) {
		KeyResult keyResult = find(id);
		model.addAttribute("label", keyResult.getStatement());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE + "?programme=" + keyResult.getProgramme().getId());
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		long programme = this.service.delete(id);
		Flash.deleted(redirect);
		return "redirect:" + BASE + "?programme=" + programme;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		KeyResult keyResult = find(id);
		if (this.service.move(keyResult, step)) {
			Flash.moved(redirect);
		}
		return "redirect:" + BASE + "?programme=" + keyResult.getProgramme().getId();
	}

	private String form(Model model, KeyResult keyResult) {
		model.addAttribute("item", keyResult);
		model.addAttribute("periodCount", (keyResult == null) ? 0 : keyResult.getPeriods().size());
		model.addAttribute("programmeOptions", this.programmes.findAllByOrderByPosition()
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		model.addAttribute("projectOptions", this.projects.findAllByOrderByNameAsc()
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		return FORM;
	}

	private KeyResult find(long id) {
		return this.service.find(id);
	}

	/** Names the result; links to the page of its programme, where visitors read it. */
	private static void savedFlash(KeyResult keyResult, RedirectAttributes redirect) {
		Programme programme = keyResult.getProgramme();
		Flash.saved(redirect, "key-result", keyResult.getStatement())
			.publicPage(programme.isPublished() ? "/programmes/" + programme.getSlug() : null)
			.list(BASE + "?programme=" + programme.getId());
	}

}
