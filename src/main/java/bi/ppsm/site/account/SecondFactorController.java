package bi.ppsm.site.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.system.NotFoundException;

/**
 * The second step of signing in: after the right password, the code of the authenticator app
 * (or a recovery code). Wrong codes count in the {@link LoginThrottle} like wrong passwords.
 */
@Controller
class SecondFactorController {

	static final String PATH = "/admin/second-facteur";

	private static final String VIEW = "second-factor";

	private final StaffAccountRepository accounts;

	private final SecondFactors secondFactors;

	private final LoginThrottle throttle;

	SecondFactorController(StaffAccountRepository accounts, SecondFactors secondFactors, LoginThrottle throttle) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.throttle = throttle;
	}

	@GetMapping(PATH)
	String form(Model model, Authentication authentication) {
		if (!SecondFactorGate.has(authentication, SecondFactorGate.CODE_PENDING)) {
			return "redirect:/admin";
		}
		model.addAttribute("form", CodeForm.empty());
		return VIEW;
	}

	@PostMapping(PATH)
	String check(@Valid @ModelAttribute("form") CodeForm form, BindingResult result, Authentication authentication,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (!SecondFactorGate.has(authentication, SecondFactorGate.CODE_PENDING)) {
			return "redirect:/admin";
		}
		String login = authentication.getName();
		String address = request.getRemoteAddr();
		if (this.throttle.isBlocked(login, address)) {
			result.rejectValue("code", "secondFactorBlocked");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		StaffAccount account = this.accounts.findByLogin(login).orElseThrow(() -> new NotFoundException("account"));
		if (!this.secondFactors.verify(account.getId(), form.code())) {
			this.throttle.failed(login, address);
			result.rejectValue("code", "wrongCode");
			return VIEW;
		}
		this.throttle.succeeded(login);
		SecondFactorGate.complete(request, response);
		if (!form.code().strip().matches("\\d+")) {
			redirect.addFlashAttribute("flash", "account.secondFactor.recoveryUsed");
			redirect.addFlashAttribute("flashName",
					Integer.toString(this.secondFactors.recoveryCodesLeft(account.getId())));
		}
		return "redirect:/admin";
	}

}
