package bi.ppsm.site.revision;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A record's state as kept: its form record as a JSON object, without version, file or one-time boxes. */
final class RevisionState {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private RevisionState() {
	}

	static String capture(Revisable kind, long id) {
		ObjectNode node = JSON.valueToTree(kind.capture(id));
		RevisionStore.NOT_STATE.forEach(node::remove);
		return JSON.writeValueAsString(node);
	}

	/** The version of the record's current form. */
	static Integer version(Revisable kind, long id) {
		JsonNode version = JSON.valueToTree(kind.capture(id)).get("version");
		return (version != null && version.canConvertToInt()) ? version.asInt() : null;
	}

	static ObjectNode read(String state) {
		return (ObjectNode) JSON.readTree(state);
	}

	static boolean same(String a, String b) {
		return read(a).equals(read(b));
	}

	/** The form of a kept state, carrying {@code version} so that it goes through the normal update. */
	static Object form(Revisable kind, String state, Integer version) {
		ObjectNode node = read(state);
		node.put("version", version);
		return JSON.treeToValue(node, kind.formType());
	}

}
