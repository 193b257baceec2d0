package bi.ppsm.site.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of a PDF for the site search, as Apache PDFBox extracts it: at most
 * {@link #MAX_PAGES} pages and {@link #MAX_CHARACTERS} characters, without control characters
 * (PostgreSQL refuses NUL). Never fails: a file it cannot read (scanned pages, odd fonts) gives
 * an empty text, and the upload goes on.
 */
final class DocumentText {

	static final int MAX_CHARACTERS = 100_000;

	static final int MAX_PAGES = 300;

	private static final Logger logger = LoggerFactory.getLogger(DocumentText.class);

	private DocumentText() {
	}

	static String of(byte[] bytes, FileType type) {
		if (type != FileType.PDF || bytes == null) {
			return "";
		}
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(MAX_PAGES);
			return clean(stripper.getText(pdf));
		}
		catch (Exception | StackOverflowError ex) {
			logger.info("No text read from an uploaded PDF: {}", ex.toString());
			return "";
		}
	}

	/** Control characters become spaces, runs of blanks one space, and the text is cut at the limit. */
	static String clean(String text) {
		StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_CHARACTERS));
		boolean space = true;
		for (int i = 0; i < text.length() && clean.length() < MAX_CHARACTERS; i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c) || (Character.isSurrogate(c)
					&& !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
							|| Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))))) {
				if (!space) {
					clean.append(' ');
					space = true;
				}
				continue;
			}
			clean.append(c);
			space = false;
		}
		// never end on half of a pair
		if (!clean.isEmpty() && Character.isHighSurrogate(clean.charAt(clean.length() - 1))) {
			clean.setLength(clean.length() - 1);
		}
		return clean.toString().strip();
	}

}
