package bi.ppsm.site.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names of uploaded documents: whatever the browser sent ("../../etc/passwd\"; x.pdf",
 * "Évaluation finale.docx") becomes a plain name with the extension of the type found in the
 * content ("passwd-x.pdf", "evaluation-finale.docx"), safe in a URL and in a header.
 */
final class FileNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9]+");

	private static final int MAX_BASE = 100;

	private FileNames() {
	}

	/** The name without its folders and extension, in lower-case ASCII words joined by hyphens. */
	static String clean(String submitted, FileType type) {
		String name = (submitted != null) ? submitted : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String base = UNSAFE.matcher(ascii).replaceAll("-").toLowerCase(Locale.ROOT);
		base = trimHyphens(base);
		if (base.length() > MAX_BASE) {
			base = trimHyphens(base.substring(0, MAX_BASE));
		}
		if (base.isEmpty()) {
			base = "document";
		}
		return base + "." + type.extension();
	}

	/** A Content-Disposition value: an ASCII {@code filename} and the same name in UTF-8 ({@code filename*}). */
	static String attachment(String fileName) {
		String ascii = MARKS.matcher(Normalizer.normalize(fileName, Normalizer.Form.NFD)).replaceAll("");
		ascii = ascii.replaceAll("[^A-Za-z0-9._-]", "-");
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

	private static String trimHyphens(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

}
