package bi.ppsm.site.revision;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.revision.Revisions.History;
import bi.ppsm.site.system.NotFoundException;

/**
 * The history of a record: its revisions, the difference between two of them
 * ({@code ?de=3&a=5}), and the restore of one after a confirmation. Unknown kinds, records and
 * revision numbers are 404 pages.
 */
@Controller
@RequestMapping(RevisionAdminController.BASE + "/{type}/{id}")
class RevisionAdminController {

	static final String BASE = "/admin/revisions";

	private final Revisions revisions;

	private final MessageSource messages;

	RevisionAdminController(Revisions revisions, MessageSource messages) {
		this.revisions = revisions;
		this.messages = messages;
	}

	/**
	 * One page of the list ({@code page}, from 0, the latest revisions first), and the
	 * difference between {@code de} and {@code a}, any two numbers of the record (by default:
	 * the last change).
	 */
	@GetMapping
	String history(@PathVariable String type, @PathVariable long id, @RequestParam(required = false) String de,
			@RequestParam(required = false) String a, @RequestParam(required = false) String page, Model model) {
		Integer n = integer(page);
		History history = this.revisions.history(type, id, (n != null) ? n : 0);
		model.addAttribute("history", history);
		Revision from = null;
		Revision to = null;
		if (de != null || a != null) {
			from = revision(history, de);
			to = revision(history, a);
		}
		else if (history.latest().size() >= 2) {
			from = full(history, history.latest().get(1).number());
			to = full(history, history.latest().get(0).number());
		}
		if (from != null) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("changes", RevisionDiff.between(history.fields(), from.state(), to.state()));
		}
		return "admin/revisions/history";
	}

	@GetMapping("/{number}/restaurer")
	String confirm(@PathVariable String type, @PathVariable long id, @PathVariable String number, Model model) {
		History history = this.revisions.history(type, id, 0);
		Revision revision = revision(history, number);
		model.addAttribute("history", history);
		model.addAttribute("revision", revision);
		model.addAttribute("version", this.revisions.currentVersion(type, id));
		Revision latest = full(history, history.latest().get(0).number());
		model.addAttribute("changes", RevisionDiff.between(history.fields(), latest.state(), revision.state()));
		return "admin/revisions/restore";
	}

	/**
	 * Refused, back on the confirmation with the reasons in French, when the state no longer
	 * passes the form's checks (nothing is written then: the checks come before the save).
	 */
	@PostMapping("/{number}/restaurer")
	@Transactional
	String restore(@PathVariable String type, @PathVariable long id, @PathVariable String number,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		int n = revision(this.revisions.history(type, id, 0), number).number();
		BindingResult result = this.revisions.restore(type, id, n, integer(version));
		if (result.hasErrors()) {
			model.addAttribute("errors", messages(result));
			return confirm(type, id, number, model);
		}
		redirect.addFlashAttribute("flash", "admin.revision.restored");
		redirect.addFlashAttribute("flashName", String.valueOf(n));
		return "redirect:" + BASE + "/" + type + "/" + id;
	}

	/** Revision {@code number} of the record, with its state; a 404 for a malformed or unknown number. */
	private Revision revision(History history, String number) {
		Integer n = integer(number);
		if (n == null) {
			throw new NotFoundException("revision " + number);
		}
		return full(history, n);
	}

	private Revision full(History history, int number) {
		return this.revisions.revision(history.type(), history.id(), number);
	}

	private static Integer integer(String value) {
		if (value == null || !value.matches("[0-9]{1,9}")) {
			return null;
		}
		return Integer.valueOf(value);
	}

	private String text(ObjectError error, Locale locale) {
		try {
			return this.messages.getMessage(error, locale);
		}
		catch (NoSuchMessageException ex) {
			return this.messages.getMessage("admin.revision.refused", null, locale);
		}
	}

	/** Each error as a sentence, prefixed by the field's label. */
	private List<String> messages(BindingResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		return result.getAllErrors().stream().map(error -> {
			String text = text(error, locale);
			if (error instanceof FieldError field) {
				String label = this.messages.getMessage("admin.audit.field." + field.getField(), null, field.getField(),
						locale);
				return label + " : " + text;
			}
			return text;
		}).toList();
	}

}
