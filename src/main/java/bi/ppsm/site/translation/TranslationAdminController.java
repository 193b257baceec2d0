package bi.ppsm.site.translation;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
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
import bi.ppsm.site.system.NotFoundException;

/**
 * Staff translate the content: the records lacking translations, per language, and one page per
 * record with every translatable field side by side, French (the reference, read only), English
 * and Kirundi, saved in one form.
 */
@Controller
@RequestMapping("/admin/traductions")
class TranslationAdminController {

	private static final String FORM = "admin/translation/form";

	private final Translations translations;

	TranslationAdminController(Translations translations) {
		this.translations = translations;
	}

	@GetMapping
	String missing(@RequestParam(name = "langue", required = false) String langue, Model model) {
		String lang = "rn".equals(langue) ? "rn" : "en";
		model.addAttribute("lang", lang);
		model.addAttribute("lists", this.translations.missingIn(lang));
		return "admin/translation/missing";
	}

	@GetMapping("/{type}/{id}")
	String edit(@PathVariable String type, @PathVariable long id, Model model) {
		return edit(type(type), id, model);
	}

	@PostMapping("/{type}/{id}")
	String save(@PathVariable String type, @PathVariable long id, @Valid @ModelAttribute("form") TranslationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(type(type), id, form, result, model, redirect);
	}

	private <T> String edit(TranslatableType<T> type, long id, Model model) {
		T entity = find(type, id);
		Map<String, Map<String, String>> stored = this.translations.of(type.name(), id);
		model.addAttribute("form", TranslationForm.of(stored));
		return form(type, entity, stored, model);
	}

	private <T> String save(TranslatableType<T> type, long id, TranslationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		T entity = find(type, id);
		Map<String, Map<String, String>> stored = this.translations.of(type.name(), id);
		if (!Translations.fingerprint(stored).equals(form.version())) {
			result.reject("conflict");
		}
		for (String lang : Translations.LANGUAGES) {
			for (TranslatableField<T> field : type.fields()) {
				String value = form.in(lang).get(field.name());
				if (value != null && value.length() > field.maxLength()) {
					result.rejectValue(lang + "[" + field.name() + "]", "Size",
							new Object[] { field.name(), field.maxLength(), 0 }, null);
				}
				else if (value != null && !field.isLong() && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
					result.rejectValue(lang + "[" + field.name() + "]", "singleLine");
				}
			}
		}
		if (result.hasErrors()) {
			return form(type, entity, stored, model);
		}
		this.translations.save(type, entity, form.values());
		Flash.saved(redirect, "translation", type.label(entity)).list("/admin/traductions");
		return "redirect:/admin/traductions/" + type.name() + "/" + id;
	}

	private <T> String form(TranslatableType<T> type, T entity, Map<String, Map<String, String>> stored, Model model) {
		long id = type.id(entity);
		List<Row> rows = type.fields()
			.stream()
			.map(f -> new Row(f.name(), f.labelKey(), f.kind().name().toLowerCase(java.util.Locale.ROOT),
					f.french().apply(entity)))
			.toList();
		model.addAttribute("type", type.name());
		model.addAttribute("typeLabelKey", type.labelKey());
		model.addAttribute("id", id);
		model.addAttribute("label", type.label(entity));
		model.addAttribute("editUrl", type.editUrl(id));
		model.addAttribute("rows", rows);
		model.addAttribute("missing", this.translations.missing(type, entity, stored));
		return FORM;
	}

	private static <T> T find(TranslatableType<T> type, long id) {
		return type.find(id).orElseThrow(() -> new NotFoundException(type.name() + " " + id));
	}

	private TranslatableType<?> type(String name) {
		return this.translations.type(name).orElseThrow(() -> new NotFoundException("translations of " + name));
	}

	/** One field of the page: its French text beside the English and Kirundi inputs. */
	record Row(String field, String labelKey, String kind, String french) {
	}

}
