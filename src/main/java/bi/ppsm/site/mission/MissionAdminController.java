package bi.ppsm.site.mission;

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

/** The missions of the missions page, in their order. */
@Controller
@RequestMapping(MissionAdminController.BASE)
class MissionAdminController {

	static final String BASE = "/admin/missions";

	private static final String FORM = "admin/mission/form";

	private final MissionRepository entries;

	private final AuditLog audit;

	MissionAdminController(MissionRepository entries, AuditLog audit) {
		this.entries = entries;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items",
				this.entries.findAllByOrderByPosition().stream().map(s -> new Option(s.getId(), s.getText())).toList());
		model.addAttribute("base", BASE);
		model.addAttribute("titleKey", "admin.nav.missions");
		return "admin/ordered-list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", new TextForm(null, 0));
		model.addAttribute("base", BASE);
		return FORM;
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") TextForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("base", BASE);
			return FORM;
		}
		Mission entry = new Mission(form.text());
		entry.setPosition(Positions.next((int) this.entries.count()));
		this.entries.save(entry);
		this.audit.record("CREATE", "mission", entry.getId(), entry.getText(), List.of("text"));
		Flash.created(redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Mission entry = find(id);
		model.addAttribute("form", new TextForm(entry.getText(), entry.getVersion()));
		model.addAttribute("item", entry);
		model.addAttribute("base", BASE);
		return FORM;
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TextForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Mission entry = find(id);
		model.addAttribute("item", entry);
		model.addAttribute("base", BASE);
		if (!Integer.valueOf(entry.getVersion()).equals(form.version())) {
			result.reject("conflict");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		Changes changes = new Changes().set("text", entry.getText(), form.text(), entry::setText);
		this.audit.record("UPDATE", "mission", id, entry.getText(), changes.fields());
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
		model.addAttribute("label", find(id).getText());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Mission entry = find(id);
		this.audit.record("DELETE", "mission", id, entry.getText(), List.of());
		this.entries.delete(entry);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		Mission entry = find(id);
		if (Positions.move(this.entries.findAllByOrderByPosition(), s -> s.getId() == id, step,
				Mission::setPosition)) {
			this.audit.record("MOVE", "mission", id, entry.getText(), List.of("position"));
			Flash.moved(redirect);
		}
		return "redirect:" + BASE;
	}

	private Mission find(long id) {
		return this.entries.findById(id).orElseThrow(() -> new NotFoundException("entry " + id));
	}

}
