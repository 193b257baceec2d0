package bi.ppsm.site.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the banner of a preview of an unsaved form needs to go back to that form with
 * everything typed: the preview's own address and the fields as they were sent.
 * @param action where the "back to the form" button posts (the preview address)
 * @param fields the submitted fields, without the CSRF token (the page adds a fresh one)
 */
public record UnsavedPreview(String action, List<Field> fields) {

	/** A request parameter sent back with the "back to the form" button: the form is shown, not previewed. */
	public static final String BACK = "retour";

	private static final Set<String> SKIPPED = Set.of("_csrf", BACK);

	public static UnsavedPreview of(HttpServletRequest request) {
		List<Field> fields = request.getParameterMap()
			.entrySet()
			.stream()
			.filter(e -> !SKIPPED.contains(e.getKey()))
			.flatMap(e -> Arrays.stream(e.getValue()).map(v -> new Field(e.getKey(), v)))
			.toList();
		return new UnsavedPreview(request.getRequestURI().substring(request.getContextPath().length()), fields);
	}

	/** Adds the preview's banner to the model of a public page. */
	public void addTo(Map<String, Object> model) {
		model.put("unsavedPreview", this);
	}

	public record Field(String name, String value) {
	}

}
