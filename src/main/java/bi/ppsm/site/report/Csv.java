package bi.ppsm.site.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as French Excel opens it: UTF-8 with a byte order mark, semicolons between cells, CRLF
 * between lines, cells quoted when they hold a semicolon, a quote or a line break. A cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that a
 * spreadsheet never runs it as a formula (CSV injection).
 */
final class Csv {

	static final String BOM = "\uFEFF";

	private final Appendable out;

	/** A file kept in memory (its text: {@link #toString()}). */
	Csv() {
		this(new StringBuilder());
	}

	/** A file written as it goes, to a download say: never held whole in memory. */
	Csv(Writer out) {
		this((Appendable) out);
	}

	private Csv(Appendable out) {
		this.out = out;
		append(BOM);
	}

	Csv row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				append(";");
			}
			append(cell(cells.get(i)));
		}
		append("\r\n");
		return this;
	}

	private void append(String text) {
		try {
			this.out.append(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

}
