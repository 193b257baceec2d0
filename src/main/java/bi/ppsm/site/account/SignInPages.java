package bi.ppsm.site.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sign-in, password reset and second factor pages use the public layout without its search
 * box ({@code hideSiteSearch}): only staff use them, and a search from there would lead away
 * from signing in.
 */
@ControllerAdvice(assignableTypes = { LoginController.class, PasswordResetController.class,
		SecondFactorController.class })
class SignInPages {

	@ModelAttribute("hideSiteSearch")
	boolean hideSiteSearch() {
		return true;
	}

}
