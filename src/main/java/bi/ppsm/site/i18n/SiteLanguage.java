package bi.ppsm.site.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the public site. French is the default and lives at the root; every other
 * language has its own URL prefix ({@code /en/programmes}, {@code /rn/contact}).
 */
public enum SiteLanguage {

	FR("fr", ""), EN("en", "/en"), RN("rn", "/rn");

	private final String code;

	private final String prefix;

	SiteLanguage(String code, String prefix) {
		this.code = code;
		this.prefix = prefix;
	}

	public String getCode() {
		return this.code;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public Locale getLocale() {
		return Locale.forLanguageTag(this.code);
	}

	public boolean isDefault() {
		return this == FR;
	}

	/** The URL of a page (a path without language prefix) in this language. */
	public String url(String path) {
		return this.prefix + path;
	}

	/** A path without its language prefix ("/en/programmes" becomes "/programmes"). */
	public static String strip(String path) {
		return ofPrefixedPath(path).map(l -> path.substring(l.prefix.length())).orElse(path);
	}

	/** The language whose prefix starts this path, if any ("/en" or "/en/..."). */
	static Optional<SiteLanguage> ofPrefixedPath(String path) {
		return Arrays.stream(values())
			.filter(l -> !l.isDefault())
			.filter(l -> path.equals(l.prefix) || path.startsWith(l.prefix + "/"))
			.findFirst();
	}

	public static SiteLanguage of(Locale locale) {
		return Arrays.stream(values()).filter(l -> l.code.equals(locale.getLanguage())).findFirst().orElse(FR);
	}

}
