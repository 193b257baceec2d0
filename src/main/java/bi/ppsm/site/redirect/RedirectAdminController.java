package bi.ppsm.site.redirect;

import jakarta.validation.Valid;

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

import bi.ppsm.site.admin.Flash;

/** Staff list, search, add and delete the site's redirects (old addresses and where they lead). */
@Controller
@RequestMapping("/admin/redirections")
class RedirectAdminController {

	private static final String BASE = "/admin/redirections";

	private final Redirects redirects;

	RedirectAdminController(Redirects redirects) {
		this.redirects = redirects;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", RedirectForm.empty());
		return page(q, page, model);
	}

	@PostMapping
	@Transactional
	String add(@Valid @ModelAttribute("form") RedirectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.redirects.check(form, result);
		if (result.hasErrors()) {
			return page(null, 0, model);
		}
		this.redirects.add(form);
		Flash.created(redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		Redirect redirect = this.redirects.find(id);
		model.addAttribute("label", redirect.source() + " → " + redirect.target());
		model.addAttribute("usages", java.util.List.of());
		model.addAttribute("back", BASE);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.redirects.delete(id);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private String page(String q, int page, Model model) {
		model.addAttribute("page", this.redirects.list(q, page));
		model.addAttribute("q", q);
		return "admin/redirect/list";
	}

}
