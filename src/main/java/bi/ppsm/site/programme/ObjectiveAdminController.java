package bi.ppsm.site.programme;

import java.util.List;

import jakarta.validation.Valid;

import org.hibernate.Hibernate;

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
import bi.ppsm.site.admin.Positions;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/** The general and specific objectives of one programme, in their order. */
@Controller
@RequestMapping("/admin/programmes/{programmeId}/objectifs")
class ObjectiveAdminController {

	private static final String LIST = "admin/programme/objectives";

	private final ProgrammeRepository programmes;

	private final ObjectiveRepository objectives;

	private final AuditLog audit;

	ObjectiveAdminController(ProgrammeRepository programmes, ObjectiveRepository objectives, AuditLog audit) {
		this.programmes = programmes;
		this.objectives = objectives;
		this.audit = audit;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@PathVariable long programmeId, Model model) {
		model.addAttribute("form", new ObjectiveForm(null, null));
		return list(programme(programmeId), model);
	}

	@PostMapping
	@Transactional
	String create(@PathVariable long programmeId, @Valid @ModelAttribute("form") ObjectiveForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Programme programme = programme(programmeId);
		Objective parent = (form.parent() != null) ? find(programme, form.parent()) : null;
		if (result.hasErrors()) {
			return list(programme, model);
		}
		List<Objective> siblings = siblings(programme, parent);
		Objective objective = this.objectives.save(new Objective(programme, parent, form.text(),
				Positions.next(siblings.size())));
		this.audit.record("CREATE", "objective", objective.getId(), programme.getName(), List.of("text"));
		Flash.saved(redirect, "objective", objective.getText());
		return redirect(programmeId);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long programmeId, @PathVariable long id, Model model) {
		Programme programme = programme(programmeId);
		Objective objective = find(programme, id);
		model.addAttribute("form", new ObjectiveForm(objective.getText(), null));
		model.addAttribute("programme", programme);
		model.addAttribute("objective", objective.getId());
		model.addAttribute("item", objective);
		return "admin/programme/objective";
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long programmeId, @PathVariable long id,
			@Valid @ModelAttribute("form") ObjectiveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Programme programme = programme(programmeId);
		Objective objective = find(programme, id);
		if (result.hasErrors()) {
			model.addAttribute("programme", programme);
			model.addAttribute("objective", objective.getId());
			model.addAttribute("item", objective);
			return "admin/programme/objective";
		}
		Changes changes = new Changes().set("text", objective.getText(), form.text(), objective::setText);
		this.audit.record("UPDATE", "objective", id, programme.getName(), changes.fields());
		Flash.saved(redirect, "objective", objective.getText());
		return redirect(programmeId);
	}

	@PostMapping("/{id}/monter")
	@Transactional
	String up(@PathVariable long programmeId, @PathVariable long id, RedirectAttributes redirect) {
		return move(programmeId, id, -1, redirect);
	}

	@PostMapping("/{id}/descendre")
	@Transactional
	String down(@PathVariable long programmeId, @PathVariable long id, RedirectAttributes redirect) {
		return move(programmeId, id, 1, redirect);
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long programmeId, @PathVariable long id, Model model) {
		Objective objective = find(programme(programmeId), id);
		model.addAttribute("label", objective.getText());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", "/admin/programmes/" + programmeId + "/objectifs");
		return "admin/delete";
	}

	/** A general objective goes with its specific ones. */
	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long programmeId, @PathVariable long id, RedirectAttributes redirect) {
		Programme programme = programme(programmeId);
		Objective objective = find(programme, id);
		this.audit.record("DELETE", "objective", id, programme.getName(), List.of("text"));
		this.objectives.deleteAll(objective.getChildren());
		this.objectives.delete(objective);
		Flash.deleted(redirect);
		return redirect(programmeId);
	}

	private String move(long programmeId, long id, int step, RedirectAttributes redirect) {
		Programme programme = programme(programmeId);
		Objective objective = find(programme, id);
		if (Positions.move(siblings(programme, objective.getParent()), o -> o.getId() == id, step,
				Objective::setPosition)) {
			this.audit.record("MOVE", "objective", id, programme.getName(), List.of("position"));
			Flash.moved(redirect);
		}
		return redirect(programmeId);
	}

	private List<Objective> siblings(Programme programme, Objective parent) {
		return (parent == null) ? this.objectives.findByProgrammeAndParentIsNullOrderByPosition(programme)
				: this.objectives.findByParentOrderByPosition(parent);
	}

	private String list(Programme programme, Model model) {
		List<Objective> top = this.objectives.findByProgrammeAndParentIsNullOrderByPosition(programme);
		top.forEach(o -> Hibernate.initialize(o.getChildren()));
		model.addAttribute("programme", programme);
		model.addAttribute("objectives", top);
		return LIST;
	}

	private static String redirect(long programmeId) {
		return "redirect:/admin/programmes/" + programmeId + "/objectifs";
	}

	private Programme programme(long id) {
		return this.programmes.findById(id).orElseThrow(() -> new NotFoundException("programme " + id));
	}

	/** An objective of this programme, never one of another. */
	private Objective find(Programme programme, long id) {
		return this.objectives.findById(id)
			.filter(o -> o.getProgramme().getId().equals(programme.getId()))
			.orElseThrow(() -> new NotFoundException("objective " + id));
	}

}
