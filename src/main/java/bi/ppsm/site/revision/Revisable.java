package bi.ppsm.site.revision;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * A kind of content that keeps revisions. A bean of the feature implements it; the revisions
 * know nothing else of the feature. The state of a record is its admin form record (what staff
 * edit), kept as JSON without its version; a restore goes through the feature's normal update.
 */
public interface Revisable {

	/** The kind of record, as in the audit log: "programme", "news", "service"... */
	String type();

	/** The form record class, to read a state back. */
	Class<?> formType();

	/** The record's state as its edit form shows it; a {@code NotFoundException} when there is no such record. */
	Object capture(long id);

	/** The record's name, for the history page and the audit log. */
	String label(long id);

	/** Its edit page. */
	String adminUrl(long id);

	/**
	 * The fields compared on the history page, in the order of the form: by default the form
	 * record's components but its version, an uploaded file and one-time check boxes. Their
	 * labels are those of the audit log ({@code admin.audit.field.*}).
	 */
	default List<String> fields() {
		return Arrays.stream(formType().getRecordComponents())
			.map(RecordComponent::getName)
			.filter(name -> !RevisionStore.NOT_STATE.contains(name))
			.toList();
	}

	/**
	 * The form fields that hold ids of other records (a single id or a list), with the table
	 * whose {@code name} column names them: the history shows names, not numbers.
	 */
	default Map<String, String> references() {
		return Map.of();
	}

	/**
	 * Checks {@code form} (already validated, its version the record's current one) as the
	 * feature's update does, and saves it when {@code result} has no error. Called in a transaction.
	 */
	void restore(long id, Object form, BindingResult result);

}
