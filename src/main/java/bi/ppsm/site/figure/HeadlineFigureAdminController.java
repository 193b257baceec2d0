package bi.ppsm.site.figure;

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
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.admin.Positions;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/** Staff edit the figures of the site, in their order. */
@Controller
@RequestMapping(HeadlineFigureAdminController.BASE)
class HeadlineFigureAdminController {

	static final String BASE = "/admin/chiffres";

	private static final String FORM = "admin/figure/form";

	private final HeadlineFigureRepository entries;

	private final AuditLog audit;

	HeadlineFigureAdminController(HeadlineFigureRepository entries, AuditLog audit) {
		this.entries = entries;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items",
				this.entries.findAllByOrderByPosition().stream().map(s -> new Option(s.getId(), s.getLabel())).toList());
		model.addAttribute("base", BASE);
		model.addAttribute("titleKey", "admin.nav.figures");
		return "admin/ordered-list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", new HeadlineFigureForm(null, null, null, null, 0));
		return FORM;
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") HeadlineFigureForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		HeadlineFigure entry = form.toFigure();
		entry.setPosition(Positions.next((int) this.entries.count()));
		this.entries.save(entry);
		this.audit.record("CREATE", "figure", entry.getId(), entry.getLabel(), List.of("value", "prefix", "label", "asOf"));
		Flash.created(redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		HeadlineFigure entry = find(id);
		model.addAttribute("form", HeadlineFigureForm.from(entry));
		model.addAttribute("item", entry);
		return FORM;
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") HeadlineFigureForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		HeadlineFigure entry = find(id);
		model.addAttribute("item", entry);
		if (!Integer.valueOf(entry.getVersion()).equals(form.version())) {
			result.reject("conflict");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		Changes changes = new Changes().set("value", entry.getValue(), form.value(), entry::setValue)
			.set("prefix", entry.getPrefix(), form.prefix(), entry::setPrefix)
			.set("label", entry.getLabel(), form.label(), entry::setLabel)
			.set("asOf", entry.getAsOf(), form.asOf(), entry::setAsOf);
		this.audit.record("UPDATE", "figure", id, entry.getLabel(), changes.fields());
		Flash.saved(redirect);
		return "redirect:" + BASE;
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
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", find(id).getLabel());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		HeadlineFigure entry = find(id);
		this.audit.record("DELETE", "figure", id, entry.getLabel(), List.of());
		this.entries.delete(entry);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		HeadlineFigure entry = find(id);
		if (Positions.move(this.entries.findAllByOrderByPosition(), s -> s.getId() == id, step,
				HeadlineFigure::setPosition)) {
			this.audit.record("MOVE", "figure", id, entry.getLabel(), List.of("position"));
			Flash.moved(redirect);
		}
		return "redirect:" + BASE;
	}

	private HeadlineFigure find(long id) {
		return this.entries.findById(id).orElseThrow(() -> new NotFoundException("entry " + id));
	}

}
