package bi.ppsm.site.approval;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.directory.ServicePoints;
import bi.ppsm.site.organisation.MemberSheetForm;
import bi.ppsm.site.organisation.Organisations;
import bi.ppsm.site.system.NotFoundException;

/**
 * "Modifications à approuver": the proposals of member contributors, each shown field by field
 * next to the live record, approved (applied as a staff save would be) or refused with a reason.
 */
@Controller
@RequestMapping(ApprovalAdminController.BASE)
class ApprovalAdminController {

	static final String BASE = "/admin/approbations";

	private static final String SHOW = "admin/approval/show";

	private final PendingChangeRepository changes;

	private final Proposals proposals;

	private final Comparison comparison;

	private final Organisations organisations;

	private final ServicePoints points;

	private final MessageSource messages;

	ApprovalAdminController(PendingChangeRepository changes, Proposals proposals, Comparison comparison,
			Organisations organisations, ServicePoints points, MessageSource messages) {
		this.changes = changes;
		this.proposals = proposals;
		this.comparison = comparison;
		this.organisations = organisations;
		this.points = points;
		this.messages = messages;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		model.addAttribute("pending", this.changes.findByStatusOrderByProposedAtAsc(ChangeStatus.PENDING));
		model.addAttribute("decided", this.changes.findTop20ByStatusNotOrderByDecidedAtDesc(ChangeStatus.PENDING));
		return "admin/approval/list";
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, Model model) {
		PendingChange change = find(id);
		model.addAttribute("form", DecisionForm.of(change));
		return show(change, model);
	}

	@PostMapping("/{id}/approuver")
	@Transactional
	String approve(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PendingChange change = find(id);
		if (!decidable(change, form, result)) {
			return show(change, model);
		}
		BindingResult applied = this.proposals.approve(change);
		if (applied.hasErrors()) {
			// nothing of the proposal is kept; the staff member reads why
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			result.reject("proposalNotApplied");
			model.addAttribute("problems", applied.getAllErrors()
				.stream()
				.map(e -> this.messages.getMessage(e, LocaleContextHolder.getLocale()))
				.toList());
			return show(change, model);
		}
		redirect.addFlashAttribute("flash", "admin.approval.approved");
		redirect.addFlashAttribute("flashName", change.getLabel());
		return "redirect:" + BASE;
	}

	@PostMapping("/{id}/refuser")
	@Transactional
	String refuse(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PendingChange change = find(id);
		if (form.reason() == null || form.reason().isBlank()) {
			result.rejectValue("reason", "refusalReasonRequired");
		}
		if (!decidable(change, form, result)) {
			return show(change, model);
		}
		this.proposals.refuse(change, form.reason());
		redirect.addFlashAttribute("flash", "admin.approval.refused");
		redirect.addFlashAttribute("flashName", change.getLabel());
		return "redirect:" + BASE;
	}

	/** Still waiting, and as the page showed it; otherwise the page comes back with why. */
	private boolean decidable(PendingChange change, DecisionForm form, BindingResult result) {
		if (!change.isPending()) {
			result.reject("proposalDecided");
		}
		else {
			AdminForms.checkVersion(change.getVersion(), form.version(), result);
		}
		return !result.hasErrors();
	}

	private String show(PendingChange change, Model model) {
		model.addAttribute("change", change);
		model.addAttribute("organisation", this.organisations.get(change.getOrganisationId()));
		if (Organisations.ENTITY.equals(change.getEntityType())) {
			model.addAttribute("rows", this.comparison.sheet(
					MemberSheetForm.from(this.organisations.get(change.getEntityId())), this.proposals.sheet(change)));
		}
		else {
			var current = (change.getEntityId() == null) ? null
					: this.points.find(change.getEntityId()).map(this.points::formOf).orElse(null);
			model.addAttribute("rows", this.comparison.point(current, this.proposals.point(change)));
		}
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return SHOW;
	}

	private PendingChange find(long id) {
		return this.changes.findById(id).orElseThrow(() -> new NotFoundException("pending change " + id));
	}

}
