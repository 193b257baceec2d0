package bi.ppsm.site.programme;

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

/** Staff create, edit, reorder and delete programmes; the preview is {@code catalog}'s. */
@Controller
@RequestMapping("/admin/programmes")
class ProgrammeAdminController {

	private static final String FORM = "admin/programme/form";

	private static final String LIST = "redirect:/admin/programmes";

	private final ProgrammeRepository programmes;

	private final ProgrammeService service;

	private final Relations relations;

	ProgrammeAdminController(ProgrammeRepository programmes, ProgrammeService service, Relations relations) {
		this.programmes = programmes;
		this.service = service;
		this.relations = relations;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("programmes", this.programmes.findAllByOrderByPosition());
		return "admin/programme/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", ProgrammeForm.empty());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			@RequestParam(required = false) String apercu, Model model, RedirectAttributes redirect) {
		this.service.check(form, null, result);
		if (apercu != null || result.hasErrors()) {
			model.addAttribute("preview", apercu != null);
			return form(model, null);
		}
		Programme programme = this.service.create(form);
		Flash.created(redirect);
		return "redirect:/admin/programmes/" + programme.getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Programme programme = this.service.find(id);
		model.addAttribute("form", ProgrammeForm.from(programme));
		return form(model, programme);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			@RequestParam(required = false) String apercu, Model model, RedirectAttributes redirect) {
		Programme programme = this.service.find(id);
		AdminForms.checkVersion(programme.getVersion(), form.version(), result);
		this.service.check(form, programme, result);
		if (apercu != null || result.hasErrors()) {
			model.addAttribute("preview", apercu != null);
			return form(model, programme);
		}
		this.service.update(id, form);
		Flash.saved(redirect);
		return "redirect:/admin/programmes/" + id;
	}

	@PostMapping("/{id}/monter")
	String up(@PathVariable long id, RedirectAttributes redirect) {
		return move(id, -1, redirect);
	}

	@PostMapping("/{id}/descendre")
	String down(@PathVariable long id, RedirectAttributes redirect) {
		return move(id, 1, redirect);
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", this.service.find(id).getName());
		model.addAttribute("usages", this.service.usages(id));
		model.addAttribute("back", "/admin/programmes/" + id);
		return "admin/delete";
	}

	/** Refused, back on the confirmation page, while projects still belong to the programme. */
	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		if (!this.service.usages(id).isEmpty()) {
			return confirmDelete(id, model);
		}
		this.service.delete(id);
		Flash.deleted(redirect);
		return LIST;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		if (this.service.move(id, step)) {
			Flash.moved(redirect);
		}
		return LIST;
	}

	private String form(Model model, Programme programme) {
		model.addAttribute("programme", programme);
		this.relations.addOptions(model);
		return FORM;
	}

}
