package bi.ppsm.site.report;

import java.util.List;

/**
 * CSV as French Excel opens it: UTF-8 with a byte order mark, semicolons between cells, CRLF
 * between lines, cells quoted when they hold a semicolon, a quote or a line break. A cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that a
 * spreadsheet never runs it as a formula (CSV injection).
 */
final class Csv {

	static final String BOM = "\uFEFF";

	private final StringBuilder out = new StringBuilder(BOM);

	Csv row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.out.append(';');
			}
			this.out.append(cell(cells.get(i)));
		}
		this.out.append("\r\n");
		return this;
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
