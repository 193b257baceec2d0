package bi.ppsm.site.project;

import java.math.BigDecimal;
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

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.system.NotFoundException;

/** The budget lines of one project: list, add, edit, delete, each in the audit log. */
@Controller
@RequestMapping("/admin/projets/{projectId}/budget")
class BudgetAdminController {

	private static final String LIST = "admin/project/budget";

	private static final String FORM = "admin/project/budget-line";

	private final ProjectRepository projects;

	private final BudgetLineRepository lines;

	private final ProjectPhaseRepository phases;

	private final OrganisationRepository organisations;

	private final Codelists codelists;

	private final AuditLog audit;

	BudgetAdminController(ProjectRepository projects, BudgetLineRepository lines, ProjectPhaseRepository phases,
			OrganisationRepository organisations, Codelists codelists, AuditLog audit) {
		this.projects = projects;
		this.lines = lines;
		this.phases = phases;
		this.organisations = organisations;
		this.codelists = codelists;
		this.audit = audit;
	}

	@ModelAttribute("kinds")
	BudgetKind[] kinds() {
		return BudgetKind.values();
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@PathVariable long projectId, Model model) {
		model.addAttribute("form", BudgetForm.empty());
		return list(project(projectId), model);
	}

	@PostMapping
	@Transactional
	String create(@PathVariable long projectId, @Valid @ModelAttribute("form") BudgetForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Project project = project(projectId);
		check(project, form, result);
		if (result.hasErrors()) {
			return list(project, model);
		}
		BudgetLine line = new BudgetLine(project, form.kind(), form.parsedAmount(), form.currency());
		line.setPosition(this.lines.findByProjectOrderByPositionAscIdAsc(project).size() + 1);
		apply(project, form, line);
		this.lines.save(line);
		this.audit.record("CREATE", "budget", line.getId(), project.getName() + " – " + line.label(),
				List.of("kind", "amount", "currency", "phase", "funder", "period"));
		Flash.saved(redirect, "budget", line.label());
		return redirect(projectId);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long projectId, @PathVariable long id, Model model) {
		Project project = project(projectId);
		BudgetLine line = find(project, id);
		model.addAttribute("form", BudgetForm.from(line));
		return form(project, line, model);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long projectId, @PathVariable long id, @Valid @ModelAttribute("form") BudgetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Project project = project(projectId);
		BudgetLine line = find(project, id);
		AdminForms.checkVersion(line.getVersion(), form.version(), result);
		check(project, form, result);
		if (result.hasErrors()) {
			return form(project, line, model);
		}
		Changes changes = apply(project, form, line);
		this.audit.record("UPDATE", "budget", id, project.getName() + " – " + line.label(), changes.fields());
		Flash.saved(redirect, "budget", line.label());
		return redirect(projectId);
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long projectId, @PathVariable long id, Model model) {
		BudgetLine line = find(project(projectId), id);
		model.addAttribute("label", line.label());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", "/admin/projets/" + projectId + "/budget");
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long projectId, @PathVariable long id, RedirectAttributes redirect) {
		Project project = project(projectId);
		BudgetLine line = find(project, id);
		this.audit.record("DELETE", "budget", id, project.getName() + " – " + line.label(), List.of());
		this.lines.delete(line);
		Flash.deleted(redirect);
		return redirect(projectId);
	}

	/** An amount the column holds, a currency of IATI's list, a phase of this project, an existing funder, a valid period. */
	private void check(Project project, BudgetForm form, BindingResult result) {
		form.checkPeriod(result);
		if (form.amount() != null && !form.amount().isBlank() && form.parsedAmount() == null) {
			result.rejectValue("amount", "amount");
		}
		if (form.currency() != null && !form.currency().isBlank() && !this.codelists.currencies().contains(form.currency())) {
			result.rejectValue("currency", "currencyUnknown");
		}
		if (form.phase() != null && phase(project, form.phase()) == null) {
			result.rejectValue("phase", "NotNull");
		}
		if (form.funder() != null && this.organisations.findById(form.funder()).isEmpty()) {
			result.rejectValue("funder", "NotNull");
		}
	}

	private Changes apply(Project project, BudgetForm form, BudgetLine line) {
		BigDecimal amount = form.parsedAmount();
		ProjectPhase phase = (form.phase() != null) ? phase(project, form.phase()) : null;
		Organisation funder = (form.funder() != null) ? this.organisations.findById(form.funder()).orElse(null) : null;
		return new Changes().set("kind", line.getKind(), form.kind(), line::setKind)
			.set("amount", line.getAmount(), amount, line::setAmount)
			.set("currency", line.getCurrency(), form.currency(), line::setCurrency)
			.set("phase", line.getPhase(), phase, line::setPhase)
			.set("funder", line.getFunder(), funder, line::setFunder)
			.set("period", line.getPeriod(), form.period(), line::setPeriod);
	}

	private ProjectPhase phase(Project project, long id) {
		return this.phases.findById(id).filter(p -> p.getProject().getId().equals(project.getId())).orElse(null);
	}

	private String list(Project project, Model model) {
		model.addAttribute("lines", this.lines.findByProjectOrderByPositionAscIdAsc(project));
		return options(project, model, LIST);
	}

	private String form(Project project, BudgetLine line, Model model) {
		model.addAttribute("line", line.getId());
		return options(project, model, FORM);
	}

	private String options(Project project, Model model, String view) {
		model.addAttribute("project", project);
		model.addAttribute("currencyOptions", this.codelists.currencyChoices());
		model.addAttribute("phaseOptions", this.phases.findByProjectOrderByPosition(project)
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		model.addAttribute("funderOptions", this.organisations.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map(o -> new Option(o.getId(), o.getLabel()))
			.toList());
		return view;
	}

	private static String redirect(long projectId) {
		return "redirect:/admin/projets/" + projectId + "/budget";
	}

	private Project project(long id) {
		return this.projects.findById(id).orElseThrow(() -> new NotFoundException("project " + id));
	}

	private BudgetLine find(Project project, long id) {
		return this.lines.findById(id)
			.filter(l -> l.getProject().getId().equals(project.getId()))
			.orElseThrow(() -> new NotFoundException("budget line " + id));
	}

}
