package bi.ppsm.site.search;

/**
 * What a visitor typed, made safe to search: control characters (NUL included), the markers of
 * highlighted excerpts and lone surrogates become spaces, spaces are collapsed, and the text is
 * cut to {@link #MAX_LENGTH} characters. Search operators and quotes stay: PostgreSQL's
 * {@code websearch_to_tsquery} reads any text without an error.
 */
record SearchQuery(String text) {

	static final int MAX_LENGTH = 200;

	static SearchQuery of(String raw) {
		if (raw == null) {
			return new SearchQuery("");
		}
		StringBuilder clean = new StringBuilder(Math.min(raw.length(), MAX_LENGTH * 2));
		int count = 0;
		boolean space = true;
		for (int i = 0; i < raw.length() && count < MAX_LENGTH; i++) {
			char c = raw.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < raw.length()
					&& Character.isLowSurrogate(raw.charAt(i + 1));
			boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == Excerpt.START
					|| c == Excerpt.STOP || (Character.isSurrogate(c) && !pair);
			if (blank) {
				if (!space) {
					clean.append(' ');
					count++;
					space = true;
				}
				continue;
			}
			clean.append(c);
			if (pair) {
				clean.append(raw.charAt(++i));
			}
			count++;
			space = false;
		}
		return new SearchQuery(clean.toString().strip());
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

}
