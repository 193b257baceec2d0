package bi.ppsm.site.targetgroup;

import java.util.ArrayList;
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
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.NotFoundException;

/** Staff edit the target-groups of the site, in their order. */
@Controller
@RequestMapping(TargetGroupAdminController.BASE)
class TargetGroupAdminController {

	static final String BASE = "/admin/groupes-cibles";

	private static final String FORM = "admin/targetgroup/form";

	private final TargetGroupRepository entries;

	private final AuditLog audit;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	TargetGroupAdminController(TargetGroupRepository entries, ProgrammeRepository programmes, ProjectRepository projects, AuditLog audit) {
		this.entries = entries;
		this.programmes = programmes;
		this.projects = projects;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items",
				this.entries.findAllByOrderByPosition().stream().map(s -> new Option(s.getId(), s.getName())).toList());
		model.addAttribute("base", BASE);
		model.addAttribute("titleKey", "admin.nav.targetGroups");
		return "admin/ordered-list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", new TargetGroupForm(null, Boolean.FALSE, 0));
		return FORM;
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") TargetGroupForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		TargetGroup entry = new TargetGroup(form.name(), Boolean.TRUE.equals(form.featured()));
		entry.setPosition(Positions.next((int) this.entries.count()));
		this.entries.save(entry);
		this.audit.record("CREATE", "target-group", entry.getId(), entry.getName(), List.of("name", "featured"));
		Flash.created(redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		TargetGroup entry = find(id);
		model.addAttribute("form", new TargetGroupForm(entry.getName(), entry.isFeatured(), entry.getVersion()));
		model.addAttribute("item", entry);
		return FORM;
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TargetGroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TargetGroup entry = find(id);
		model.addAttribute("item", entry);
		if (!Integer.valueOf(entry.getVersion()).equals(form.version())) {
			result.reject("conflict");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		Changes changes = new Changes().set("name", entry.getName(), form.name(), entry::setName)
			.set("featured", entry.isFeatured(), Boolean.TRUE.equals(form.featured()), entry::setFeatured);
		this.audit.record("UPDATE", "target-group", id, entry.getName(), changes.fields());
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
		model.addAttribute("label", find(id).getName());
		model.addAttribute("usages", usages(id));
		model.addAttribute("back", BASE);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		TargetGroup entry = find(id);
		if (!usages(id).isEmpty()) {
			return "redirect:" + BASE + "/" + id + "/supprimer";
		}
		this.audit.record("DELETE", "target-group", id, entry.getName(), List.of());
		this.entries.delete(entry);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		TargetGroup entry = find(id);
		if (Positions.move(this.entries.findAllByOrderByPosition(), s -> s.getId() == id, step,
				TargetGroup::setPosition)) {
			this.audit.record("MOVE", "target-group", id, entry.getName(), List.of("position"));
			Flash.moved(redirect);
		}
		return "redirect:" + BASE;
	}

	private List<String> usages(long id) {
		List<String> usages = new ArrayList<>(this.programmes.namesUsingTargetGroup(id));
		usages.addAll(this.projects.namesUsingTargetGroup(id));
		return usages;
	}

	private TargetGroup find(long id) {
		return this.entries.findById(id).orElseThrow(() -> new NotFoundException("entry " + id));
	}

}
