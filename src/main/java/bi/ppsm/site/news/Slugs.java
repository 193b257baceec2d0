package bi.ppsm.site.news;

import java.text.Normalizer;
import java.util.Locale;

/** A slug made from a title: "Lancement à Gitega !" → "lancement-a-gitega". */
final class Slugs {

	static final int MAX = 120;

	private Slugs() {
	}

	static String of(String title) {
		if (title == null) {
			return "actualite";
		}
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('œ', 'o')
			.replace('æ', 'a')
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > MAX - 4) {
			plain = plain.substring(0, MAX - 4).replaceAll("-+[a-z0-9]*$", "");
		}
		return plain.isEmpty() ? "actualite" : plain;
	}

}
