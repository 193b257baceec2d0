package bi.ppsm.site.mission;

import java.util.List;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.admin.Positions;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/**
 * Admin of an ordered list of texts (missions, perspectives): list, create, edit, reorder,
 * delete, each change in the audit log. A subclass gives its URL, entity and title.
 */
abstract class TextEntryAdminController<T extends TextEntry> {

	private static final String FORM = "admin/mission/form";

	private final TextEntryRepository<T> entries;

	private final AuditLog audit;

	private final String base;

	private final String entityType;

	private final String titleKey;

	private final Function<String, T> factory;

	TextEntryAdminController(TextEntryRepository<T> entries, AuditLog audit, String base, String entityType,
			String titleKey, Function<String, T> factory) {
		this.entries = entries;
		this.audit = audit;
		this.base = base;
		this.entityType = entityType;
		this.titleKey = titleKey;
		this.factory = factory;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items",
				this.entries.findAllByOrderByPosition().stream().map(s -> new Option(s.getId(), s.getText())).toList());
		model.addAttribute("base", this.base);
		model.addAttribute("titleKey", this.titleKey);
		return "admin/ordered-list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", new TextForm(null, 0));
		model.addAttribute("base", this.base);
		return FORM;
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") TextForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("base", this.base);
			return FORM;
		}
		T entry = this.factory.apply(form.text());
		entry.setPosition(Positions.next((int) this.entries.count()));
		this.entries.save(entry);
		this.audit.record("CREATE", this.entityType, entry.getId(), entry.getText(), List.of("text"));
		Flash.created(redirect);
		return "redirect:" + this.base;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		T entry = find(id);
		model.addAttribute("form", new TextForm(entry.getText(), entry.getVersion()));
		model.addAttribute("item", entry);
		model.addAttribute("base", this.base);
		return FORM;
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TextForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		T entry = find(id);
		model.addAttribute("item", entry);
		model.addAttribute("base", this.base);
		if (!Integer.valueOf(entry.getVersion()).equals(form.version())) {
			result.reject("conflict");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		Changes changes = new Changes().set("text", entry.getText(), form.text(), entry::setText);
		this.audit.record("UPDATE", this.entityType, id, entry.getText(), changes.fields());
		Flash.saved(redirect);
		return "redirect:" + this.base;
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
		model.addAttribute("back", this.base);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		T entry = find(id);
		this.audit.record("DELETE", this.entityType, id, entry.getText(), List.of());
		this.entries.delete(entry);
		Flash.deleted(redirect);
		return "redirect:" + this.base;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		T entry = find(id);
		if (Positions.move(this.entries.findAllByOrderByPosition(), s -> s.getId() == id, step,
				TextEntry::setPosition)) {
			this.audit.record("MOVE", this.entityType, id, entry.getText(), List.of("position"));
			Flash.moved(redirect);
		}
		return "redirect:" + this.base;
	}

	private T find(long id) {
		return this.entries.findById(id).orElseThrow(() -> new NotFoundException("entry " + id));
	}

}
