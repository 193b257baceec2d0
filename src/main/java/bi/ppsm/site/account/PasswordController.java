package bi.ppsm.site.account;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/** Every staff member changes their own password here (and must, after a temporary one). */
@Controller
class PasswordController {

	static final String PATH = "/admin/mot-de-passe";

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(StaffAccountRepository accounts, PasswordEncoder encoder, AuditLog audit) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
	}

	@GetMapping(PATH)
	String form(Model model, Authentication authentication) {
		model.addAttribute("form", new PasswordForm(null, null, null));
		model.addAttribute("required", PasswordChangeRequired.required(authentication));
		return "admin/account/password";
	}

	@PostMapping(PATH)
	@Transactional
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = this.accounts.findByLogin(principal.getName())
			.orElseThrow(() -> new NotFoundException("account"));
		if (form.current() != null && !this.encoder.matches(form.current(), account.getPasswordHash())) {
			result.rejectValue("current", "wrongPassword");
		}
		if (form.password() != null) {
			PasswordPolicy.problem(form.password(), account.getEmail())
				.ifPresent(code -> result.rejectValue("password", code));
			if (!form.password().equals(form.confirmation())) {
				result.rejectValue("confirmation", "passwordMismatch");
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("required", account.isMustChangePassword());
			return "admin/account/password";
		}
		account.changePassword(this.encoder.encode(form.password()), false);
		this.audit.record("PASSWORD", "account", account.getId(), account.getEmail(), List.of("password"));
		forgetRequirement(request, response);
		redirect.addFlashAttribute("flash", "account.password.changed");
		return "redirect:/admin";
	}

	/** The signed-in session no longer carries the "must change password" mark. */
	private void forgetRequirement(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		List<GrantedAuthority> authorities = current.getAuthorities()
			.stream()
			.filter(a -> !StaffAuthenticationProvider.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
