package bi.ppsm.site.translation;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * The translation page's form: every translatable field of a record in English and in Kirundi
 * ({@code en[summary]}, {@code rn[summary]}), and the fingerprint of the translations it was
 * filled in from. The lengths are checked against each field's limit by the controller.
 */
record TranslationForm(Map<String, String> en, Map<String, String> rn, @Size(max = 64) String version) {

	TranslationForm {
		en = (en == null) ? new LinkedHashMap<>() : new LinkedHashMap<>(en);
		rn = (rn == null) ? new LinkedHashMap<>() : new LinkedHashMap<>(rn);
	}

	static TranslationForm of(Map<String, Map<String, String>> stored) {
		return new TranslationForm(stored.get("en"), stored.get("rn"), Translations.fingerprint(stored));
	}

	Map<String, Map<String, String>> values() {
		return Map.of("en", this.en, "rn", this.rn);
	}

	Map<String, String> in(String lang) {
		return "rn".equals(lang) ? this.rn : this.en;
	}

}
