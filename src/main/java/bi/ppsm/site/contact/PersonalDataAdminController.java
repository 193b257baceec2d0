package bi.ppsm.site.contact;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's data on request (administrators only, see SecurityConfiguration): every message
 * from one e-mail address, exported together or erased at once. The address travels in POST
 * bodies only, never in a URL, so that it stays out of logs and browser history.
 */
@Controller
@RequestMapping(PersonalDataAdminController.BASE)
class PersonalDataAdminController {

	static final String BASE = "/admin/messages/personne";

	private static final String VIEW = "admin/messages/person";

	private final PersonalData data;

	PersonalDataAdminController(PersonalData data) {
		this.data = data;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("person", new PersonForm(null, null));
		return VIEW;
	}

	@PostMapping
	String search(@Valid @ModelAttribute("person") PersonForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("found", this.data.find(form.email()));
		}
		return VIEW;
	}

	/** Everything about the address in one UTF-8 JSON file; the file name never holds the address. */
	@PostMapping("/export")
	Object export(@Valid @ModelAttribute("person") PersonForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return VIEW;
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("donnees-personne.json").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(this.data.export(form.email()));
	}

	@PostMapping("/effacer")
	String erase(@Validated({ Default.class, PersonForm.Erasure.class }) @ModelAttribute("person") PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			if (!result.hasFieldErrors("email")) {
				model.addAttribute("found", this.data.find(form.email()));
			}
			return VIEW;
		}
		int erased = this.data.erase(form.email());
		redirect.addFlashAttribute("flash", "admin.person.flash.erased");
		redirect.addFlashAttribute("flashName", Integer.toString(erased));
		return "redirect:" + BASE;
	}

}
