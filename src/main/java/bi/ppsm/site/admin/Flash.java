package bi.ppsm.site.admin;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once on the next page, by key ({@code admin.flash.saved}...). */
public final class Flash {

	private Flash() {
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
