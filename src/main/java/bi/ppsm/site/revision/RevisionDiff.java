package bi.ppsm.site.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The fields that differ between two states of a record, in the order of its form. */
public final class RevisionDiff {

	private RevisionDiff() {
	}

	/**
	 * One field that differs.
	 * @param field the form field ("summary"), whose label is {@code admin.audit.field.summary}
	 * @param before its value in the older state, as text ("" when empty)
	 * @param after its value in the newer state
	 * @param words for a text of several words: both merged, escaped, with {@code <del>} and {@code <ins>}; else null
	 */
	public record Change(String field, String before, String after, String words) {
	}

	static List<Change> between(List<String> fields, String older, String newer) {
		ObjectNode a = RevisionState.read(older);
		ObjectNode b = RevisionState.read(newer);
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			JsonNode x = a.get(field);
			JsonNode y = b.get(field);
			String before = text(x);
			String after = text(y);
			if (before.equals(after)) {
				continue;
			}
			boolean prose = isText(x) && isText(y) && (before.contains(" ") || after.contains(" "));
			changes.add(new Change(field, before, after, prose ? WordDiff.html(before, after) : null));
		}
		return changes;
	}

	private static boolean isText(JsonNode node) {
		return node == null || node.isNull() || node.isString();
	}

	/** A value as staff read it: a list as its items joined by commas, nothing for null. */
	static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return "";
		}
		if (node.isArray()) {
			return StreamSupport.stream(node.spliterator(), false)
				.map(RevisionDiff::text)
				.filter(s -> !s.isEmpty())
				.collect(Collectors.joining(", "));
		}
		if (node.isBoolean()) {
			return node.asBoolean() ? "✓" : "✗";
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

}
