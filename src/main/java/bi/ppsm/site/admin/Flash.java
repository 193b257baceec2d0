package bi.ppsm.site.admin;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message shown once on the next page, by key ({@code admin.flash.saved}...). A save names
 * what was saved ({@code admin.flash.saved.programme}: "Programme « Rapatriement » enregistré.")
 * and may link to its public page and to its list.
 */
public final class Flash {

	private final RedirectAttributes redirect;

	private Flash(RedirectAttributes redirect) {
		this.redirect = redirect;
	}

	/** "{kind} « name » enregistré(e)" after a creation or an edit; {@code kind} is the audit entity type. */
	public static Flash saved(RedirectAttributes redirect, String kind, String name) {
		redirect.addFlashAttribute("flash", "admin.flash.saved." + kind);
		redirect.addFlashAttribute("flashName", shortened(name));
		return new Flash(redirect);
	}

	/** A long label (a mission's text, say) is cut to its start. */
	private static String shortened(String name) {
		return (name == null || name.length() <= 80) ? name : name.substring(0, 79).strip() + "…";
	}

	/** A link to the public page, for a record visitors can see (null: no link). */
	public Flash publicPage(String path) {
		if (path != null) {
			this.redirect.addFlashAttribute("flashPage", path);
		}
		return this;
	}

	/** A link to the list of records of the kind. */
	public Flash list(String path) {
		this.redirect.addFlashAttribute("flashList", path);
		return this;
	}

	public static void saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.flash.saved");
	}

	public static void created(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.flash.created");
	}

	public static void deleted(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.flash.deleted");
	}

	public static void moved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.flash.moved");
	}

}
