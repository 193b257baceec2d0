package bi.ppsm.site.organisation;

import java.util.ArrayList;
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

import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/** Donors and partners: searchable list, create, edit, and delete when nothing uses them. */
@Controller
@RequestMapping(OrganisationAdminController.BASE)
class OrganisationAdminController {

	static final String BASE = "/admin/organisations";

	static final int PAGE_SIZE = 25;

	private static final String FORM = "admin/organisation/form";

	private final OrganisationRepository organisations;

	private final AuditLog audit;

	private final Organisations service;

	OrganisationAdminController(OrganisationRepository organisations, AuditLog audit, Organisations service) {
		this.organisations = organisations;
		this.audit = audit;
		this.service = service;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("position", "name"));
		Page<Organisation> result = (q == null) ? this.organisations.findAll(request)
				: this.organisations.findByNameContainingIgnoreCaseOrAcronymContainingIgnoreCase(q, q, request);
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		return "admin/organisation/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = this.service.create(form, result);
		if (organisation == null) {
			return form(model, null);
		}
		Flash.saved(redirect, "organisation", organisation.getName()).publicPage("/partenaires");
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Organisation organisation = find(id);
		model.addAttribute("form", OrganisationForm.from(organisation));
		return form(model, organisation);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = find(id);
		if (!this.service.update(organisation, form, result)) {
			return form(model, organisation);
		}
		Flash.saved(redirect, "organisation", organisation.getName()).publicPage("/partenaires");
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Model model) {
		Organisation organisation = find(id);
		model.addAttribute("label", organisation.getLabel());
		model.addAttribute("usages", usages(organisation));
		model.addAttribute("back", BASE + "/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Organisation organisation = find(id);
		if (!usages(organisation).isEmpty()) {
			return confirmDelete(id, model);
		}
		this.audit.record("DELETE", "organisation", id, organisation.getName(), List.of());
		this.organisations.delete(organisation);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	/** The programmes and projects it is involved in, and the organisations it is part of. */
	private List<String> usages(Organisation organisation) {
		List<String> usages = new ArrayList<>(this.organisations.namesUsing(organisation.getId()));
		this.organisations.findByParentOrderByName(organisation).forEach(child -> usages.add(child.getName()));
		return usages;
	}

	private String form(Model model, Organisation organisation) {
		model.addAttribute("item", organisation);
		model.addAttribute("parentOptions", this.organisations.findAllByOrderByPositionAscNameAsc()
			.stream()
			.filter(o -> organisation == null || !o.getId().equals(organisation.getId()))
			.map(o -> new Option(o.getId(), o.getName()))
			.toList());
		model.addAttribute("logoOptions", this.service.logoOptions(organisation));
		return FORM;
	}

	private Organisation find(long id) {
		return this.organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

}
