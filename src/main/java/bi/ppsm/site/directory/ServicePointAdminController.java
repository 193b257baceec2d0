package bi.ppsm.site.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
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

import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.audit.AuditLog;

/** The service points of the directory: searchable list with its verification reminders, create, edit, delete. */
@Controller
@RequestMapping(ServicePointAdminController.BASE)
class ServicePointAdminController {

	static final String BASE = "/admin/points-de-service";

	static final int PAGE_SIZE = 25;

	static final String ENTITY = ServicePoints.ENTITY;

	private static final String FORM = "admin/directory/form";

	private final ServicePointRepository points;

	private final ServicePoints service;

	private final AuditLog audit;

	private final Clock clock;

	ServicePointAdminController(ServicePointRepository points, ServicePoints service, AuditLog audit, Clock clock) {
		this.points = points;
		this.service = service;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("page", this.points.adminSearch((q == null) ? "" : q,
				PageRequest.of(pageNumber(page), PAGE_SIZE)));
		model.addAttribute("q", q);
		model.addAttribute("today", today);
		model.addAttribute("due", this.points.countVerifiedBefore(today.minusMonths(6)));
		return "admin/directory/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", this.service.emptyForm());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ServicePointForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<ServicePoint> point = this.service.create(form, result);
		if (point.isEmpty()) {
			return form(model, null);
		}
		saved(point.get(), redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		ServicePoint point = this.service.get(id);
		model.addAttribute("form", ServicePointForm.from(point));
		return form(model, point);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ServicePointForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ServicePoint point = this.service.get(id);
		if (!this.service.update(point, form, result)) {
			return form(model, point);
		}
		saved(point, redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", this.service.get(id).getName());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE + "/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		ServicePoint point = this.service.get(id);
		this.audit.record("DELETE", ENTITY, id, point.getName(), List.of());
		this.points.delete(point);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private void saved(ServicePoint point, RedirectAttributes redirect) {
		Flash.saved(redirect, ENTITY, point.getName())
			.publicPage(point.isPublished() ? DirectoryController.SEARCH + "/" + point.getId() : null)
			.list(BASE);
	}

	private String form(Model model, ServicePoint point) {
		model.addAttribute("item", point);
		this.service.addChoices(model);
		return FORM;
	}

	static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page), 100_000));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
