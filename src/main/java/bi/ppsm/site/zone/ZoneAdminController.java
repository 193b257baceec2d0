package bi.ppsm.site.zone;

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

/** Staff edit the zones of the site, in their order. */
@Controller
@RequestMapping(ZoneAdminController.BASE)
class ZoneAdminController {

	static final String BASE = "/admin/zones";

	private static final String FORM = "admin/zone/form";

	private final ZoneRepository zones;

	private final AuditLog audit;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	ZoneAdminController(ZoneRepository zones, ProgrammeRepository programmes, ProjectRepository projects, AuditLog audit) {
		this.zones = zones;
		this.programmes = programmes;
		this.projects = projects;
		this.audit = audit;
	}

	@ModelAttribute("kinds")
	ZoneKind[] kinds() {
		return ZoneKind.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items",
				this.zones.findAllByOrderByPositionAscNameAsc().stream().map(s -> new Option(s.getId(), s.getName())).toList());
		model.addAttribute("base", BASE);
		model.addAttribute("titleKey", "admin.nav.zones");
		return "admin/ordered-list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", new ZoneForm(null, null, ZoneKind.PROVINCE, 0));
		return FORM;
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ZoneForm form, BindingResult result, RedirectAttributes redirect) {
		checkSlug(form, null, result);
		if (result.hasErrors()) {
			return FORM;
		}
		Zone zone = new Zone(form.slug(), form.name(), form.kind());
		zone.setPosition(Positions.next((int) this.zones.count()));
		this.zones.save(zone);
		this.audit.record("CREATE", "zone", zone.getId(), zone.getName(), List.of("slug", "name", "kind"));
		Flash.created(redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Zone zone = find(id);
		model.addAttribute("form", new ZoneForm(zone.getSlug(), zone.getName(), zone.getKind(), zone.getVersion()));
		model.addAttribute("item", zone);
		return FORM;
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ZoneForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Zone zone = find(id);
		model.addAttribute("item", zone);
		if (!Integer.valueOf(zone.getVersion()).equals(form.version())) {
			result.reject("conflict");
		}
		checkSlug(form, id, result);
		if (result.hasErrors()) {
			return FORM;
		}
		Changes changes = new Changes().set("slug", zone.getSlug(), form.slug(), zone::setSlug)
			.set("name", zone.getName(), form.name(), zone::setName)
			.set("kind", zone.getKind(), form.kind(), zone::setKind);
		this.audit.record("UPDATE", "zone", id, zone.getName(), changes.fields());
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
		Zone zone = find(id);
		if (!usages(id).isEmpty()) {
			return "redirect:" + BASE + "/" + id + "/supprimer";
		}
		this.audit.record("DELETE", "zone", id, zone.getName(), List.of());
		this.zones.delete(zone);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		Zone zone = find(id);
		if (Positions.move(this.zones.findAllByOrderByPositionAscNameAsc(), s -> s.getId() == id, step,
				Zone::setPosition)) {
			this.audit.record("MOVE", "zone", id, zone.getName(), List.of("position"));
			Flash.moved(redirect);
		}
		return "redirect:" + BASE;
	}

	private void checkSlug(ZoneForm form, Long id, BindingResult result) {
		if (form.slug() != null) {
			this.zones.findBySlug(form.slug())
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> result.rejectValue("slug", "slugTaken"));
		}
	}

	private List<String> usages(long id) {
		List<String> usages = new ArrayList<>(this.programmes.namesUsingZone(id));
		usages.addAll(this.projects.namesUsingZone(id));
		return usages;
	}

	private Zone find(long id) {
		return this.zones.findById(id).orElseThrow(() -> new NotFoundException("zone " + id));
	}

}
