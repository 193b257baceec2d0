package bi.ppsm.site.contact;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import bi.ppsm.site.system.SiteUrls;

/**
 * The contact form. Nothing of it is ever cached. Whatever the spam checks decide, the visitor
 * sees the same thank-you page (a robot learns nothing); if the database is down, the form
 * comes back with everything typed and a 503, never a false thank-you.
 */
@Controller
class ContactController {

	private static final Logger log = LoggerFactory.getLogger(ContactController.class);

	private static final String VIEW = "contact";

	private final MessageIntake intake;

	private final TimeTrap timeTrap;

	private final SiteUrls urls;

	ContactController(MessageIntake intake, TimeTrap timeTrap, SiteUrls urls) {
		this.intake = intake;
		this.timeTrap = timeTrap;
		this.urls = urls;
	}

	@InitBinder("form")
	void contactMessages(WebDataBinder binder) {
		DefaultMessageCodesResolver resolver = new DefaultMessageCodesResolver();
		resolver.setPrefix("contact.error.");
		binder.setMessageCodesResolver(resolver);
	}

	@ModelAttribute("subjects")
	Subject[] subjects() {
		return Subject.values();
	}

	@GetMapping("/contact")
	String contact(Model model, HttpServletRequest request, HttpServletResponse response) {
		noStore(response);
		String token = this.timeTrap.issue();
		// the page is kept without it, and later views get their own (ContactPageShell)
		request.setAttribute(ContactPageShell.TIME_TRAP_TOKEN, token);
		model.addAttribute("form", ContactForm.empty(token));
		return VIEW;
	}

	@PostMapping("/contact")
	String send(@Valid @ModelAttribute("form") ContactForm form, BindingResult result, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		noStore(response);
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.intake.receive(form, locale, request.getRemoteAddr(), this.urls.base(request));
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("Contact message not stored, database unavailable: {}", ex.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			model.addAttribute("unavailable", true);
			return VIEW;
		}
		return "redirect:/contact/merci";
	}

	@GetMapping("/contact/merci")
	String thanks(HttpServletResponse response) {
		noStore(response);
		return "contact-thanks";
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
