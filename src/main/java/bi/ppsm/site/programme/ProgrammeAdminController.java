package bi.ppsm.site.programme;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.admin.Positions;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.catalog.Catalog;
import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

/** Staff create, edit, reorder, preview and delete programmes. */
@Controller
@RequestMapping("/admin/programmes")
class ProgrammeAdminController {

	private static final String FORM = "admin/programme/form";

	private static final String LIST = "redirect:/admin/programmes";

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final ZoneRepository zones;

	private final OrganisationRepository organisations;

	private final TargetGroupRepository targetGroups;

	private final Catalog catalog;

	private final AuditLog audit;

	private final Clock clock;

	ProgrammeAdminController(ProgrammeRepository programmes, ProjectRepository projects, ZoneRepository zones,
			OrganisationRepository organisations, TargetGroupRepository targetGroups, Catalog catalog, AuditLog audit,
			Clock clock) {
		this.programmes = programmes;
		this.projects = projects;
		this.zones = zones;
		this.organisations = organisations;
		this.targetGroups = targetGroups;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("programmes", this.programmes.findAllByOrderByPosition());
		return "admin/programme/list";
	}

	@GetMapping("/nouveau")
	@Transactional(readOnly = true)
	String createForm(Model model) {
		model.addAttribute("form", ProgrammeForm.empty());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			@RequestParam(required = false) String apercu, Model model, RedirectAttributes redirect) {
		check(form, null, result);
		if (apercu != null || result.hasErrors()) {
			model.addAttribute("preview", apercu != null);
			return form(model, null);
		}
		Programme programme = new Programme(form.slug(), form.name(), form.summary());
		programme.setPosition(Positions.next((int) this.programmes.count()));
		Changes changes = apply(form, programme);
		this.programmes.save(programme);
		this.audit.record("CREATE", "programme", programme.getId(), programme.getName(), changes.fields());
		Flash.created(redirect);
		return "redirect:/admin/programmes/" + programme.getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Programme programme = find(id);
		model.addAttribute("form", ProgrammeForm.from(programme));
		return form(model, programme);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			@RequestParam(required = false) String apercu, Model model, RedirectAttributes redirect) {
		Programme programme = find(id);
		AdminForms.checkVersion(programme.getVersion(), form.version(), result);
		check(form, programme, result);
		if (apercu != null || result.hasErrors()) {
			model.addAttribute("preview", apercu != null);
			return form(model, programme);
		}
		Changes changes = apply(form, programme);
		this.audit.record("UPDATE", "programme", programme.getId(), programme.getName(), changes.fields());
		Flash.saved(redirect);
		return "redirect:/admin/programmes/" + id;
	}

	/** The public page of the programme, drafts included, exactly as visitors will see it. */
	@GetMapping("/{id}/apercu")
	String preview(@PathVariable long id, Model model) {
		Programme programme = find(id);
		model.addAttribute("detail", this.catalog.programme(programme.getSlug(), true)
			.orElseThrow(() -> new NotFoundException("programme " + id)));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "programmes/show";
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
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Model model) {
		Programme programme = find(id);
		model.addAttribute("label", programme.getName());
		model.addAttribute("usages", usages(programme));
		model.addAttribute("back", "/admin/programmes/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Programme programme = find(id);
		List<String> usages = usages(programme);
		if (!usages.isEmpty()) {
			return confirmDelete(id, model);
		}
		this.audit.record("DELETE", "programme", programme.getId(), programme.getName(), List.of());
		this.programmes.delete(programme);
		Flash.deleted(redirect);
		return LIST;
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		Programme programme = find(id);
		if (Positions.move(this.programmes.findAllByOrderByPosition(), p -> p.getId() == id, step,
				Programme::setPosition)) {
			this.audit.record("MOVE", "programme", id, programme.getName(), List.of("position"));
			Flash.moved(redirect);
		}
		return LIST;
	}

	private List<String> usages(Programme programme) {
		return this.projects.findByProgrammeOrderByPosition(programme).stream().map(Project::getName).toList();
	}

	private void check(ProgrammeForm form, Programme current, BindingResult result) {
		Periods.check(form.period(), "end", result);
		if (form.slug() != null) {
			this.programmes.findBySlug(form.slug())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> result.rejectValue("slug", "slugTaken"));
		}
	}

	private Changes apply(ProgrammeForm form, Programme p) {
		Changes changes = new Changes().set("slug", p.getSlug(), form.slug(), p::setSlug)
			.set("name", p.getName(), form.name(), p::setName)
			.set("cardText", p.getCardText(), form.cardText(), p::setCardText)
			.set("summary", p.getSummary(), form.summary(), p::setSummary)
			.set("projectsNote", p.getProjectsNote(), form.projectsNote(), p::setProjectsNote)
			.set("published", p.isPublished(), Boolean.TRUE.equals(form.published()), p::setPublished);
		if (!Periods.same(p.getPeriod(), form.period())) {
			p.setPeriod(form.period());
			changes.changed("period", true);
		}
		changes.changed("zones", replace(p.getZones(), byPosition(this.zones.findAllById(form.zones()))));
		changes.changed("targetGroups", replace(p.getTargetGroups(),
				byPosition(this.targetGroups.findAllById(form.targetGroups()))));
		List<Involvement> involvements = new ArrayList<>();
		involvements.addAll(involvements(form.funders(), Role.FUNDER));
		involvements.addAll(involvements(form.partners(), Role.PARTNER));
		boolean organisationsChanged = !ProgrammeForm.involvementKeys(p.getOrganisations())
			.equals(ProgrammeForm.involvementKeys(involvements));
		if (organisationsChanged) {
			p.getOrganisations().clear();
			p.getOrganisations().addAll(involvements);
		}
		return changes.changed("organisations", organisationsChanged);
	}

	private List<Involvement> involvements(List<Long> ids, Role role) {
		return this.organisations.findAllById(ids)
			.stream()
			.sorted(java.util.Comparator.comparingInt(Organisation::getPosition))
			.map(o -> new Involvement(o, role))
			.toList();
	}

	static <T extends ContentEntity> List<T> byPosition(List<T> entities) {
		return entities.stream().sorted(java.util.Comparator.comparingInt(ContentEntity::getPosition)).toList();
	}

	/** Replaces a relation's content when the chosen set differs; tells whether it did. */
	static <T> boolean replace(List<T> current, List<T> chosen) {
		if (new java.util.HashSet<>(current).equals(new java.util.HashSet<>(chosen))) {
			return false;
		}
		current.clear();
		current.addAll(chosen);
		return true;
	}

	private String form(Model model, Programme programme) {
		model.addAttribute("programme", programme);
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("zoneOptions", this.zones.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map(z -> new Option(z.getId(), z.getName()))
			.toList());
		model.addAttribute("organisationOptions", this.organisations.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map(o -> new Option(o.getId(), o.getLabel()))
			.toList());
		model.addAttribute("targetGroupOptions", this.targetGroups.findAllByOrderByPosition()
			.stream()
			.map(t -> new Option(t.getId(), t.getName()))
			.toList());
		return FORM;
	}

	private Programme find(long id) {
		return this.programmes.findById(id).orElseThrow(() -> new NotFoundException("programme " + id));
	}

}
