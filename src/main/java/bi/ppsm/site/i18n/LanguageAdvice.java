package bi.ppsm.site.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import bi.ppsm.site.system.SiteUrls;

/**
 * What every public page needs to offer its other languages and to say which language each
 * part is in:
 * <ul>
 * <li>{@code alternates}: the page in every language (language switch, {@code hreflang});</li>
 * <li>{@code pageLang}: the language of the page as a whole. Kirundi covers the navigation,
 * the contact form and the 116 box only, so a Kirundi page is a French page with Kirundi
 * parts;</li>
 * <li>{@code contentLang}: "fr" on the content (stored in French only) of an English page;</li>
 * <li>{@code partLang}: "rn" on the parts translated into Kirundi, on a Kirundi page.</li>
 * </ul>
 */
@ControllerAdvice
class LanguageAdvice {

	private final SiteUrls urls;

	LanguageAdvice(SiteUrls urls) {
		this.urls = urls;
	}

	/** {@code pageLang}, {@code contentLang} and {@code partLang}: one model method, as each costs every request. */
	@ModelAttribute
	void languages(Locale locale, Model model) {
		SiteLanguage language = SiteLanguage.of(locale);
		model.addAttribute("pageLang", (language == SiteLanguage.EN) ? SiteLanguage.EN.getCode() : SiteLanguage.FR.getCode());
		model.addAttribute("contentLang", (language == SiteLanguage.EN) ? SiteLanguage.FR.getCode() : null);
		model.addAttribute("partLang", (language == SiteLanguage.RN) ? SiteLanguage.RN.getCode() : null);
	}

	@ModelAttribute("alternates")
	List<Alternate> alternates(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (LanguagePrefixFilter.isFrenchOnly(path) || path.equals("/error")) {
			return List.of();
		}
		SiteLanguage current = SiteLanguage.of(locale);
		return Arrays.stream(SiteLanguage.values())
			.map(l -> new Alternate(l.getCode(), this.urls.absolute(request, l.url(path)),
					request.getContextPath() + l.url(path), l == current))
			.toList();
	}

	/** A language version of the current page. */
	public record Alternate(String code, String absoluteUrl, String href, boolean current) {
	}

}
