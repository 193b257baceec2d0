package bi.ppsm.site.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/**
 * Every staff member sets up their second factor here: the secret as a QR code and as text,
 * confirmed by a first code; then ten recovery codes, shown once. Those who must have one are
 * sent here right after their password and can do nothing else until enrolled.
 */
@Controller
class SecondFactorEnrolmentController {

	static final String PATH = "/admin/compte/second-facteur";

	static final String RECOVERY_PATH = PATH + "/codes-de-secours";

	private static final String VIEW = "admin/account/second-factor";

	private static final String CODES = "admin/account/recovery-codes";

	private static final String RECOVERY_FORM = "admin/account/recovery-form";

	private final StaffAccountRepository accounts;

	private final SecondFactors secondFactors;

	private final AuditLog audit;

	SecondFactorEnrolmentController(StaffAccountRepository accounts, SecondFactors secondFactors, AuditLog audit) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.audit = audit;
	}

	/** The secret being enrolled waits in the session (never in a page's form) until a code confirms it. */
	static final String PENDING_SECRET = SecondFactorEnrolmentController.class.getName() + ".secret";

	@GetMapping(PATH)
	String page(Model model, Authentication authentication, HttpSession session) {
		model.addAttribute("form", CodeForm.empty());
		return show(account(authentication), model, authentication, session);
	}

	@PostMapping(PATH)
	@Transactional
	String confirm(@Valid @ModelAttribute("form") CodeForm form, BindingResult result, Authentication authentication,
			Model model, HttpSession session, HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = account(authentication);
		if (this.secondFactors.enrolled(account.getId())) {
			return "redirect:" + PATH;
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		Optional<List<String>> codes = (result.hasErrors() || secret == null) ? Optional.empty()
				: this.secondFactors.enrol(account.getId(), secret, form.code().strip());
		if (codes.isEmpty()) {
			if (!result.hasErrors()) {
				result.rejectValue("code", "wrongCode");
			}
			return show(account, model, authentication, session);
		}
		session.removeAttribute(PENDING_SECRET);
		this.audit.record("SECOND_FACTOR", "account", account.getId(), account.getEmail(), List.of("secondFactor"));
		if (SecondFactorGate.has(authentication, SecondFactorGate.ENROLMENT_PENDING)) {
			SecondFactorGate.complete(request, response);
		}
		model.addAttribute("codes", codes.get());
		return CODES;
	}

	@GetMapping(RECOVERY_PATH)
	String recoveryForm(Model model) {
		model.addAttribute("form", CodeForm.empty());
		return RECOVERY_FORM;
	}

	@PostMapping(RECOVERY_PATH)
	@Transactional
	String newRecoveryCodes(@Valid @ModelAttribute("form") CodeForm form, BindingResult result,
			Principal principal, Model model) {
		StaffAccount account = account(principal);
		if (!result.hasErrors() && !this.secondFactors.verifyOneTimeCode(account.getId(), form.code())) {
			result.rejectValue("code", this.secondFactors.enrolled(account.getId()) ? "wrongCode" : "noSecondFactor");
		}
		if (result.hasErrors()) {
			return RECOVERY_FORM;
		}
		List<String> codes = this.secondFactors.newRecoveryCodes(account.getId());
		this.audit.record("RECOVERY_CODES", "account", account.getId(), account.getEmail(), List.of("recoveryCodes"));
		model.addAttribute("codes", codes);
		return CODES;
	}

	private String show(StaffAccount account, Model model, Authentication authentication, HttpSession session) {
		model.addAttribute("required", SecondFactorGate.has(authentication, SecondFactorGate.ENROLMENT_PENDING));
		if (this.secondFactors.enrolled(account.getId())) {
			model.addAttribute("enrolled", true);
			model.addAttribute("recoveryLeft", this.secondFactors.recoveryCodesLeft(account.getId()));
			return VIEW;
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		model.addAttribute("enrolled", false);
		model.addAttribute("secret", Totp.grouped(secret));
		model.addAttribute("qr", QrCode.of(uri(account.getEmail(), secret)));
		return VIEW;
	}

	/** What authenticator apps read from the QR code (the "Key Uri Format" they all share). */
	static String uri(String email, String secret) {
		String label = URLEncoder.encode("PPSM:" + email, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=PPSM&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	private StaffAccount account(Principal principal) {
		return this.accounts.findByLogin(principal.getName()).orElseThrow(() -> new NotFoundException("account"));
	}

}
