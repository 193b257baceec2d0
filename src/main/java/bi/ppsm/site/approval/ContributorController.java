package bi.ppsm.site.approval;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
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

import bi.ppsm.site.account.Contributors;
import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.directory.ServicePoint;
import bi.ppsm.site.directory.ServicePointForm;
import bi.ppsm.site.directory.ServicePoints;
import bi.ppsm.site.organisation.MemberSheetForm;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.Organisations;
import bi.ppsm.site.system.NotFoundException;

/**
 * The back office of a member contributor: their organisation's sheet and its service points,
 * which they change by proposals an administrator or editor approves; the state of their
 * proposals. The organisation is always the one of their account, whatever a form says.
 */
@Controller
@RequestMapping(ContributorController.BASE)
class ContributorController {

	static final String BASE = "/admin/ma-structure";

	private static final String POINT_FORM = "admin/directory/form";

	private final Contributors contributors;

	private final Organisations organisations;

	private final ServicePoints points;

	private final Proposals proposals;

	private final PendingChangeRepository changes;

	ContributorController(Contributors contributors, Organisations organisations, ServicePoints points,
			Proposals proposals, PendingChangeRepository changes) {
		this.contributors = contributors;
		this.organisations = organisations;
		this.points = points;
		this.proposals = proposals;
		this.changes = changes;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String home(Principal principal, Model model) {
		Organisation organisation = organisation(principal);
		List<PendingChange> mine = this.changes.findTop50ByOrganisationIdOrderByProposedAtDesc(organisation.getId());
		Set<Long> waiting = mine.stream()
			.filter(c -> c.isPending() && c.getEntityId() != null && ServicePoints.ENTITY.equals(c.getEntityType()))
			.map(PendingChange::getEntityId)
			.collect(Collectors.toSet());
		model.addAttribute("organisation", organisation);
		model.addAttribute("points", this.points.ofOrganisation(organisation.getId()));
		model.addAttribute("waiting", waiting);
		model.addAttribute("sheetWaiting", mine.stream()
			.anyMatch(c -> c.isPending() && Organisations.ENTITY.equals(c.getEntityType())));
		model.addAttribute("proposals", mine);
		return "admin/contributor/home";
	}

	@GetMapping("/fiche")
	@Transactional(readOnly = true)
	String sheetForm(Principal principal, Model model) {
		Organisation organisation = organisation(principal);
		model.addAttribute("form", this.proposals.sheetToEdit(organisation));
		return sheet(model, organisation);
	}

	@PostMapping("/fiche")
	@Transactional
	String proposeSheet(@Valid @ModelAttribute("form") MemberSheetForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = organisation(principal);
		AdminForms.checkVersion(organisation.getVersion(), form.version(), result);
		this.organisations.checkSheetLogo(form, organisation, result);
		if (result.hasErrors()) {
			return sheet(model, organisation);
		}
		this.proposals.proposeSheet(organisation, form, principal.getName());
		return proposed(redirect, organisation.getName());
	}

	@GetMapping("/points-de-service/nouveau")
	@Transactional(readOnly = true)
	String newPoint(Principal principal, Model model) {
		Organisation organisation = organisation(principal);
		model.addAttribute("form", this.points.emptyForm().ofContributor(organisation.getId(), false));
		return point(model, organisation, null);
	}

	@PostMapping("/points-de-service/nouveau")
	@Transactional
	String proposeNewPoint(@Valid @ModelAttribute("form") ServicePointForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		Organisation organisation = organisation(principal);
		// approving a new point publishes it: the rules of a published point apply
		check(form, organisation, true, result);
		if (result.hasErrors()) {
			return point(model, organisation, null);
		}
		this.proposals.proposePoint(organisation.getId(), null, form.ofContributor(organisation.getId(), false),
				principal.getName());
		return proposed(redirect, form.name());
	}

	@GetMapping("/points-de-service/{id}")
	@Transactional(readOnly = true)
	String editPoint(@PathVariable long id, Principal principal, Model model) {
		Organisation organisation = organisation(principal);
		ServicePoint point = own(id, organisation);
		model.addAttribute("form", this.proposals.pointToEdit(point));
		return point(model, organisation, point);
	}

	@PostMapping("/points-de-service/{id}")
	@Transactional
	String proposePoint(@PathVariable long id, @Valid @ModelAttribute("form") ServicePointForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		Organisation organisation = organisation(principal);
		ServicePoint point = own(id, organisation);
		AdminForms.checkVersion(point.getVersion(), form.version(), result);
		check(form, organisation, point.isPublished(), result);
		if (result.hasErrors()) {
			return point(model, organisation, point);
		}
		this.proposals.proposePoint(organisation.getId(), point,
				form.ofContributor(organisation.getId(), point.isPublished()), principal.getName());
		return proposed(redirect, form.name());
	}

	/** The organisation is the account's: another one in the form is refused, not ignored. */
	private void check(ServicePointForm form, Organisation organisation, boolean published, BindingResult result) {
		if (form.organisation() != null && !form.organisation().equals(organisation.getId())) {
			result.rejectValue("organisation", "organisationNotYours");
		}
		this.points.check(form.ofContributor(organisation.getId(), published), result);
	}

	private String proposed(RedirectAttributes redirect, String name) {
		redirect.addFlashAttribute("flash", "admin.contributor.proposed");
		redirect.addFlashAttribute("flashName", name);
		return "redirect:" + BASE;
	}

	private String sheet(Model model, Organisation organisation) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("logoOptions", this.organisations.logoOptions(organisation));
		return "admin/contributor/sheet";
	}

	private String point(Model model, Organisation organisation, ServicePoint point) {
		model.addAttribute("item", point);
		model.addAttribute("contributorOrganisation", organisation);
		model.addAttribute("contributorAction",
				(point == null) ? BASE + "/points-de-service/nouveau" : BASE + "/points-de-service/" + point.getId());
		this.points.addChoices(model);
		return POINT_FORM;
	}

	/** A point of the contributor's organisation; any other is "not found", as if it did not exist. */
	private ServicePoint own(long id, Organisation organisation) {
		return this.points.find(id)
			.filter(p -> p.getOrganisation().getId().equals(organisation.getId()))
			.orElseThrow(() -> new NotFoundException("service point " + id));
	}

	private Organisation organisation(Principal principal) {
		long id = this.contributors.organisationOf(principal.getName())
			.orElseThrow(() -> new AccessDeniedException("not a member contributor"));
		return this.organisations.get(id);
	}

}
