package bi.ppsm.site.account;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
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
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.system.NotFoundException;

/** Administrators list, create and change accounts (role, enabled, temporary password). */
@Controller
@RequestMapping("/admin/comptes")
class AccountAdminController {

	static final int PAGE_SIZE = 25;

	private static final String FORM = "admin/account/form";

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final SecondFactors secondFactors;

	private final OrganisationRepository organisations;

	AccountAdminController(StaffAccountRepository accounts, PasswordEncoder encoder, AuditLog audit,
			SecondFactors secondFactors, OrganisationRepository organisations) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.secondFactors = secondFactors;
		this.organisations = organisations;
	}

	@ModelAttribute("roles")
	StaffRole[] roles() {
		return StaffRole.values();
	}

	/**
	 * The form, with the organisations a member contributor may be tied to: the members first,
	 * then the others (read for the form only, not for the list).
	 */
	private String form(Model model) {
		model.addAttribute("organisationOptions", this.organisations.findAllByOrderByPositionAscNameAsc()
			.stream()
			.sorted(java.util.Comparator.comparing(o -> !o.isMember()))
			.map(o -> new Option(o.getId(), o.getName()))
			.toList());
		return FORM;
	}

	/** A page of the accounts by name, or of those whose name or e-mail contains {@code q}. */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("displayName", "id"));
		model.addAttribute("page", (q == null) ? this.accounts.findAll(request)
				: this.accounts.findByDisplayNameContainingIgnoreCaseOrEmailContainingIgnoreCase(q, q, request));
		model.addAttribute("q", q);
		return "admin/account/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return form(model);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.email() != null && this.accounts.existsByEmail(StaffAccount.normalise(form.email()))) {
			result.rejectValue("email", "emailTaken");
		}
		checkPassword(form, true, result);
		checkOrganisation(form, result);
		if (result.hasErrors()) {
			return form(model);
		}
		StaffAccount account = new StaffAccount(form.email(), form.displayName(), form.role(),
				this.encoder.encode(form.password()));
		account.changePassword(account.getPasswordHash(), true);
		account.setEnabled(Boolean.TRUE.equals(form.enabled()));
		account.setOrganisationId(form.organisationOfRole());
		this.accounts.save(account);
		this.audit.record("CREATE", "account", account.getId(), account.getEmail(),
				(account.getOrganisationId() != null)
						? List.of("displayName", "role", "organisation", "enabled", "password")
						: List.of("displayName", "role", "enabled", "password"));
		Flash.saved(redirect, "account", account.getEmail());
		return "redirect:/admin/comptes";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		StaffAccount account = find(id);
		model.addAttribute("form", AccountForm.from(account));
		model.addAttribute("account", account);
		model.addAttribute("secondFactor", account.getId() != null && this.secondFactors.enrolled(account.getId()));
		return form(model);
	}

	/**
	 * A lost device: the account's second factor and recovery codes are forgotten, and the
	 * person enrols again at their next sign-in (or sooner, from their own account page).
	 */
	@PostMapping("/{id}/second-facteur")
	@Transactional
	String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
		StaffAccount account = find(id);
		this.secondFactors.reset(account.getId());
		this.audit.record("SECOND_FACTOR_RESET", "account", account.getId(), account.getEmail(),
				List.of("secondFactor"));
		redirect.addFlashAttribute("flash", "admin.account.secondFactor.resetDone");
		redirect.addFlashAttribute("flashName", account.getEmail());
		return "redirect:/admin/comptes/" + account.getId();
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		StaffAccount account = find(id);
		model.addAttribute("account", account);
		model.addAttribute("secondFactor", account.getId() != null && this.secondFactors.enrolled(account.getId()));
		AdminForms.checkVersion(account.getVersion(), form.version(), result);
		boolean self = account.getEmail().equals(StaffAccount.normalise(principal.getName()));
		if (self && (form.role() != StaffRole.ADMINISTRATOR || !Boolean.TRUE.equals(form.enabled()))) {
			result.rejectValue("role", "selfDemotion");
		}
		checkPassword(form, false, result);
		checkOrganisation(form, result);
		if (result.hasErrors()) {
			return form(model);
		}
		Changes changes = new Changes().set("displayName", account.getDisplayName(), form.displayName(),
				account::setDisplayName)
			.set("role", account.getRole(), form.role(), account::setRole)
			.set("organisation", account.getOrganisationId(), form.organisationOfRole(), account::setOrganisationId)
			.set("enabled", account.isEnabled(), Boolean.TRUE.equals(form.enabled()), account::setEnabled);
		if (form.password() != null) {
			account.changePassword(this.encoder.encode(form.password()), true);
			changes.changed("password", true);
		}
		this.audit.record("UPDATE", "account", account.getId(), account.getEmail(), changes.fields());
		Flash.saved(redirect, "account", account.getEmail());
		return "redirect:/admin/comptes";
	}

	/** A member contributor is tied to one existing organisation. */
	private void checkOrganisation(AccountForm form, BindingResult result) {
		if (form.role() != StaffRole.MEMBER_CONTRIBUTOR) {
			return;
		}
		if (form.organisation() == null) {
			result.rejectValue("organisation", "contributorOrganisationRequired");
		}
		else if (this.organisations.findById(form.organisation()).isEmpty()) {
			result.rejectValue("organisation", "organisationUnknown");
		}
	}

	private void checkPassword(AccountForm form, boolean required, BindingResult result) {
		if (form.password() == null) {
			if (required) {
				result.rejectValue("password", "passwordTooShort");
			}
			return;
		}
		PasswordPolicy.problem(form.password(), form.email()).ifPresent(code -> result.rejectValue("password", code));
	}

	private StaffAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
	}

}
