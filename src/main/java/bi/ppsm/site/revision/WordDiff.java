package bi.ppsm.site.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The difference between two texts, word by word, as escaped HTML where removed words are in
 * {@code <del>} and added ones in {@code <ins>}. A longest common subsequence of the words,
 * after the common start and end are set aside; when what remains would take more than
 * {@link #MAX_CELLS} comparisons (two long texts rewritten throughout), the remaining middle is
 * shown as removed, then added, so that no text takes long.
 */
final class WordDiff {

	static final int MAX_CELLS = 2_000_000;

	private static final Pattern TOKEN = Pattern.compile("\\s*\\S+|\\s+");

	private WordDiff() {
	}

	static String html(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		StringBuilder html = new StringBuilder();
		same(html, a.subList(0, start));
		List<String> midA = a.subList(start, endA);
		List<String> midB = b.subList(start, endB);
		if ((long) midA.size() * midB.size() > MAX_CELLS) {
			mark(html, "del", midA);
			mark(html, "ins", midB);
		}
		else {
			middle(html, midA, midB);
		}
		same(html, a.subList(endA, a.size()));
		return html.toString();
	}

	/** Each word with the blanks before it (a change of spacing alone is a change), in order. */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher m = TOKEN.matcher(text);
			while (m.find()) {
				tokens.add(m.group());
			}
		}
		return tokens;
	}

	private static void middle(StringBuilder html, List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		// lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(i).equals(b.get(j))) {
				flush(html, removed, added);
				html.append(HtmlUtils.htmlEscape(a.get(i), "UTF-8"));
				i++;
				j++;
			}
			else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
				added.add(b.get(j++));
			}
			else {
				removed.add(a.get(i++));
			}
		}
		flush(html, removed, added);
	}

	private static void flush(StringBuilder html, List<String> removed, List<String> added) {
		mark(html, "del", removed);
		mark(html, "ins", added);
		removed.clear();
		added.clear();
	}

	private static void same(StringBuilder html, List<String> tokens) {
		tokens.forEach(t -> html.append(HtmlUtils.htmlEscape(t, "UTF-8")));
	}

	private static void mark(StringBuilder html, String tag, List<String> tokens) {
		if (!tokens.isEmpty()) {
			html.append('<').append(tag).append('>');
			same(html, tokens);
			html.append("</").append(tag).append('>');
		}
	}

}
