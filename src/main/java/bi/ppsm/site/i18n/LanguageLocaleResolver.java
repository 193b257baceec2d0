package bi.ppsm.site.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** The language comes from the URL (see {@link LanguagePrefixFilter}); French by default. */
@Component("localeResolver")
class LanguageLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object language = request.getAttribute(LanguagePrefixFilter.LANGUAGE);
		return (language instanceof SiteLanguage l) ? l.getLocale() : SiteLanguage.FR.getLocale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the URL");
	}

}
