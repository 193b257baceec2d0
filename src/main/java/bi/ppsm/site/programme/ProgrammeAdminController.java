package bi.ppsm.site.programme;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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
import bi.ppsm.site.admin.UnsavedPreview;
import bi.ppsm.site.system.Publication;

/** Staff create, edit, reorder and delete programmes, and preview the public page of an unsaved form. */
@Controller
@RequestMapping("/admin/programmes")
class ProgrammeAdminController {

	private static final String FORM = "admin/programme/form";

	private static final String LIST = "redirect:/admin/programmes";

	static final int PAGE_SIZE = 25;

	private final ProgrammeRepository programmes;

	private final ProgrammeService service;

	private final Relations relations;

	private final ProgrammePage page;

	private final DryRun dryRun;

	private final Clock clock;

	ProgrammeAdminController(ProgrammeRepository programmes, ProgrammeService service, Relations relations,
			ProgrammePage page, DryRun dryRun, Clock clock) {
		this.clock = clock;
		this.programmes = programmes;
		this.service = service;
		this.relations = relations;
		this.page = page;
		this.dryRun = dryRun;
	}

	/**
	 * A page of the programmes in their order, or of those whose name contains {@code q} (the
	 * order is changed from the unfiltered list only: a filtered one hides the neighbours).
	 */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("position", "id"));
		model.addAttribute("page", (q == null) ? this.programmes.findAll(request)
				: this.programmes.findByNameContainingIgnoreCase(q, request));
		model.addAttribute("q", q);
		model.addAttribute("now", this.clock.instant());
		return "admin/programme/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", ProgrammeForm.empty());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.service.check(form, null, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		Programme programme = this.service.create(form);
		savedFlash(programme, redirect);
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
			Model model, RedirectAttributes redirect) {
		Programme programme = this.service.find(id);
		AdminForms.checkVersion(programme.getVersion(), form.version(), result);
		this.service.check(form, programme, result);
		if (result.hasErrors()) {
			return form(model, programme);
		}
		this.service.update(id, form);
		savedFlash(programme, redirect);
		return "redirect:/admin/programmes/" + id;
	}

	/**
	 * The public page as the form would make it, nothing saved (a transaction rolled back); the
	 * form with its errors when it is not valid, or with {@code retour}, back from the preview.
	 */
	@PostMapping({ "/nouveau/apercu", "/{id}/apercu" })
	String preview(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") ProgrammeForm form,
			BindingResult result, Model model, HttpServletRequest request) {
		return this.dryRun.run(() -> {
			Programme programme = (id != null) ? this.service.find(id) : null;
			this.service.check(form, programme, result);
			if (result.hasErrors() || request.getParameter(UnsavedPreview.BACK) != null) {
				return form(model, programme);
			}
			String view = this.page.render(this.service.applyUnsaved(programme, form), model);
			UnsavedPreview.of(request).addTo(model.asMap());
			return view;
		});
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

	/** Back to the page of the list that now holds the programme moved. */
	private String move(long id, int step, RedirectAttributes redirect) {
		if (this.service.move(id, step)) {
			Flash.moved(redirect);
		}
		int index = this.programmes.findById(id).map(p -> (int) this.programmes.countByPositionLessThan(p.getPosition()))
			.orElse(0);
		return (index < PAGE_SIZE) ? LIST : LIST + "?page=" + (index / PAGE_SIZE);
	}

	private void savedFlash(Programme programme, RedirectAttributes redirect) {
		Flash.saved(redirect, "programme", programme.getName())
			.publicPage(programme.isVisibleAt(this.clock.instant()) ? "/programmes/" + programme.getSlug() : null)
			.list("/admin/programmes");
	}

	private String form(Model model, Programme programme) {
		model.addAttribute("programme", programme);
		model.addAttribute("publications", Publication.values());
		model.addAttribute("now", this.clock.instant());
		this.relations.addOptions(model);
		this.service.addSectorOptions(model, programme);
		return FORM;
	}

}
