package bi.ppsm.site.services;

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

/** The services of the home and services pages, in their order. */
@Controller
@RequestMapping(ServiceAdminController.BASE)
class ServiceAdminController {

	static final String BASE = "/admin/services";

	private static final String FORM = "admin/services/form";

	private final ServiceItemRepository services;

	private final AuditLog audit;

	ServiceAdminController(ServiceItemRepository services, AuditLog audit) {
		this.services = services;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items",
				this.services.findAllByOrderByPosition().stream().map(s -> new Option(s.getId(), s.getTitle())).toList());
		model.addAttribute("base", BASE);
		model.addAttribute("titleKey", "admin.nav.services");
		return "admin/ordered-list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", new ServiceForm(null, null, 0));
		return FORM;
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ServiceForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		ServiceItem service = new ServiceItem(form.title(), form.description());
		service.setPosition(Positions.next((int) this.services.count()));
		this.services.save(service);
		this.audit.record("CREATE", "service", service.getId(), service.getTitle(), List.of("title", "description"));
		Flash.created(redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		ServiceItem service = find(id);
		model.addAttribute("form", ServiceForm.from(service));
		model.addAttribute("item", service);
		return FORM;
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ServiceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ServiceItem service = find(id);
		model.addAttribute("item", service);
		if (!Integer.valueOf(service.getVersion()).equals(form.version())) {
			result.reject("conflict");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		Changes changes = new Changes().set("title", service.getTitle(), form.title(), service::setTitle)
			.set("description", service.getDescription(), form.description(), service::setDescription);
		this.audit.record("UPDATE", "service", id, service.getTitle(), changes.fields());
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
		model.addAttribute("label", find(id).getTitle());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		ServiceItem service = find(id);
		this.audit.record("DELETE", "service", id, service.getTitle(), List.of());
		this.services.delete(service);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		ServiceItem service = find(id);
		if (Positions.move(this.services.findAllByOrderByPosition(), s -> s.getId() == id, step,
				ServiceItem::setPosition)) {
			this.audit.record("MOVE", "service", id, service.getTitle(), List.of("position"));
			Flash.moved(redirect);
		}
		return "redirect:" + BASE;
	}

	private ServiceItem find(long id) {
		return this.services.findById(id).orElseThrow(() -> new NotFoundException("service " + id));
	}

}
