package bi.ppsm.site.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import bi.ppsm.site.system.SiteUrls;

/**
 * "Mot de passe oublié": asking for a link always gets the same answer, whether the address
 * has an account or not; the link leads to a form that enforces the password policy.
 */
@Controller
class PasswordResetController {

	static final String ASK = "/login/mot-de-passe-oublie";

	static final String RESET = "/login/nouveau-mot-de-passe";

	private final PasswordResets resets;

	private final SiteUrls urls;

	PasswordResetController(PasswordResets resets, SiteUrls urls) {
		this.resets = resets;
		this.urls = urls;
	}

	@InitBinder("form")
	void messages(WebDataBinder binder) {
		DefaultMessageCodesResolver resolver = new DefaultMessageCodesResolver();
		resolver.setPrefix("admin.validation.");
		binder.setMessageCodesResolver(resolver);
	}

	@GetMapping(ASK)
	String askForm() {
		return "password-forgotten";
	}

	@PostMapping(ASK)
	String ask(@RequestParam(required = false) String email, HttpServletRequest request) {
		this.resets.request((email == null) ? null : email.strip(), this.urls.base(request));
		return "redirect:" + ASK + "?envoye";
	}

	@GetMapping(RESET)
	String resetForm(@RequestParam(name = "jeton", required = false) String token, Model model) {
		if (this.resets.accountFor(token).isEmpty()) {
			return "password-reset-invalid";
		}
		model.addAttribute("form", new PasswordResetForm(token, null, null));
		return "password-reset";
	}

	@PostMapping(RESET)
	String reset(@Valid @ModelAttribute("form") PasswordResetForm form, BindingResult result) {
		var account = this.resets.accountFor(form.token());
		if (account.isEmpty()) {
			return "password-reset-invalid";
		}
		if (form.password() != null) {
			PasswordPolicy.problem(form.password(), account.get().getEmail())
				.ifPresent(code -> result.rejectValue("password", code));
			if (!form.password().equals(form.confirmation())) {
				result.rejectValue("confirmation", "passwordMismatch");
			}
		}
		if (result.hasErrors()) {
			return "password-reset";
		}
		this.resets.reset(form.token(), form.password());
		return "redirect:/login?motDePasseChange";
	}

}
