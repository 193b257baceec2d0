package bi.ppsm.site.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.catalog.Catalog;
import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.programme.DatePrecision;
import bi.ppsm.site.programme.Periods;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

/** Staff create, edit, preview and delete projects; a project belongs to one programme. */
@Controller
@RequestMapping(ProjectAdminController.BASE)
class ProjectAdminController {

	static final String BASE = "/admin/projets";

	static final int PAGE_SIZE = 25;

	private static final String FORM = "admin/project/form";

	private final ProjectRepository projects;

	private final ProgrammeRepository programmes;

	private final ZoneRepository zones;

	private final OrganisationRepository organisations;

	private final TargetGroupRepository targetGroups;

	private final Catalog catalog;

	private final AuditLog audit;

	ProjectAdminController(ProjectRepository projects, ProgrammeRepository programmes, ZoneRepository zones,
			OrganisationRepository organisations, TargetGroupRepository targetGroups, Catalog catalog,
			AuditLog audit) {
		this.projects = projects;
		this.programmes = programmes;
		this.zones = zones;
		this.organisations = organisations;
		this.targetGroups = targetGroups;
		this.catalog = catalog;
		this.audit = audit;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name"));
		Page<Project> result = (q == null) ? this.projects.findAll(request)
				: this.projects.findByNameContainingIgnoreCase(q, request);
		result.forEach(p -> p.getProgramme().getName());
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		return "admin/project/list";
	}

	@GetMapping("/nouveau")
	@Transactional(readOnly = true)
	String createForm(Model model) {
		model.addAttribute("form", ProjectForm.empty());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(required = false) String apercu, Model model, RedirectAttributes redirect) {
		check(form, null, result);
		if (apercu != null || result.hasErrors()) {
			model.addAttribute("preview", apercu != null);
			return form(model, null);
		}
		Project project = new Project(programme(form), form.slug(), form.name(), form.status());
		project.setPosition((int) this.projects.count() + 1);
		Changes changes = apply(form, project);
		this.projects.save(project);
		this.audit.record("CREATE", "project", project.getId(), project.getName(), changes.fields());
		Flash.created(redirect);
		return "redirect:" + BASE + "/" + project.getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Project project = find(id);
		model.addAttribute("form", ProjectForm.from(project));
		return form(model, project);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(required = false) String apercu, Model model, RedirectAttributes redirect) {
		Project project = find(id);
		AdminForms.checkVersion(project.getVersion(), form.version(), result);
		check(form, project, result);
		if (apercu != null || result.hasErrors()) {
			model.addAttribute("preview", apercu != null);
			return form(model, project);
		}
		Changes changes = apply(form, project);
		this.audit.record("UPDATE", "project", id, project.getName(), changes.fields());
		Flash.saved(redirect);
		return "redirect:" + BASE + "/" + id;
	}

	/** The public page of the project, drafts included, exactly as visitors will see it. */
	@GetMapping("/{id}/apercu")
	String preview(@PathVariable long id, Model model) {
		Project project = find(id);
		model.addAttribute("detail", this.catalog.project(project.getSlug(), true)
			.orElseThrow(() -> new NotFoundException("project " + id)));
		return "projects/show";
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", find(id).getName());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE + "/" + id);
		return "admin/delete";
	}

	/** Its phases go with it; its key results stay with the programme. */
	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Project project = find(id);
		this.audit.record("DELETE", "project", id, project.getName(), List.of());
		this.projects.delete(project);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private void check(ProjectForm form, Project current, BindingResult result) {
		Periods.check(form.period(), "end", result);
		if (form.slug() != null) {
			this.projects.findBySlug(form.slug())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> result.rejectValue("slug", "slugTaken"));
		}
		if (form.programme() != null && this.programmes.findById(form.programme()).isEmpty()) {
			result.rejectValue("programme", "NotNull");
		}
	}

	private Programme programme(ProjectForm form) {
		return this.programmes.findById(form.programme()).orElseThrow(() -> new NotFoundException("programme"));
	}

	private Changes apply(ProjectForm form, Project p) {
		Changes changes = new Changes().set("programme", p.getProgramme(), programme(form), p::setProgramme)
			.set("slug", p.getSlug(), form.slug(), p::setSlug)
			.set("name", p.getName(), form.name(), p::setName)
			.set("status", p.getStatus(), form.status(), p::setStatus)
			.set("description", p.getDescription(), form.description(), p::setDescription)
			.set("published", p.isPublished(), Boolean.TRUE.equals(form.published()), p::setPublished);
		if (!Periods.same(p.getPeriod(), form.period())) {
			p.setPeriod(form.period());
			changes.changed("period", true);
		}
		List<Long> others = form.otherProgrammes().stream().filter(id -> !id.equals(form.programme())).toList();
		changes.changed("otherProgrammes", replace(p.getOtherProgrammes(), byPosition(this.programmes.findAllById(others))));
		changes.changed("zones", replace(p.getZones(), byPosition(this.zones.findAllById(form.zones()))));
		changes.changed("targetGroups",
				replace(p.getTargetGroups(), byPosition(this.targetGroups.findAllById(form.targetGroups()))));
		List<Involvement> involvements = new ArrayList<>();
		byPosition(this.organisations.findAllById(form.funders())).forEach(o -> involvements.add(new Involvement(o, Role.FUNDER)));
		byPosition(this.organisations.findAllById(form.partners())).forEach(o -> involvements.add(new Involvement(o, Role.PARTNER)));
		boolean changed = !keys(p.getOrganisations()).equals(keys(involvements));
		if (changed) {
			p.getOrganisations().clear();
			p.getOrganisations().addAll(involvements);
		}
		return changes.changed("organisations", changed);
	}

	private static List<String> keys(List<Involvement> involvements) {
		return involvements.stream().map(i -> i.getRole() + ":" + i.getOrganisation().getId()).toList();
	}

	private static <T extends ContentEntity> List<T> byPosition(List<T> entities) {
		return entities.stream().sorted(Comparator.comparingInt(ContentEntity::getPosition)).toList();
	}

	private static <T> boolean replace(List<T> current, List<T> chosen) {
		if (new HashSet<>(current).equals(new HashSet<>(chosen))) {
			return false;
		}
		current.clear();
		current.addAll(chosen);
		return true;
	}

	private String form(Model model, Project project) {
		model.addAttribute("project", project);
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("statuses", ProjectStatus.values());
		List<Option> programmeOptions = this.programmes.findAllByOrderByPosition()
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList();
		model.addAttribute("programmeOptions", programmeOptions);
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

	private Project find(long id) {
		return this.projects.findById(id).orElseThrow(() -> new NotFoundException("project " + id));
	}

}
