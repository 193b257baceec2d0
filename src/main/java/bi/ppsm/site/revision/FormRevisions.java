package bi.ppsm.site.revision;

import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.validation.BindingResult;

/**
 * A {@link Revisable} for a record edited through a form record: its state is the form of its
 * edit page, its name and edit page come from the record, and a restore runs the feature's own
 * checks ({@link #check}) then its normal update ({@link #update}). A feature's adapter is its
 * constructor and those two methods.
 * @param <E> the record
 * @param <F> its form
 */
public abstract class FormRevisions<E, F> implements Revisable {

	private final String type;

	private final Class<F> formType;

	private final String adminPath;

	private final LongFunction<E> find;

	private final Function<E, F> toForm;

	private final Function<E, String> label;

	private final Map<String, String> references;

	/**
	 * @param type the kind of record, as in the audit log
	 * @param formType its form record
	 * @param adminPath its admin list, to which the id is appended for the edit page
	 * @param find the record of an id, a {@code NotFoundException} when there is none
	 * @param toForm the form of its edit page
	 * @param label its name
	 * @param references the form fields holding ids of other records, with their table
	 */
	protected FormRevisions(String type, Class<F> formType, String adminPath, LongFunction<E> find,
			Function<E, F> toForm, Function<E, String> label, Map<String, String> references) {
		this.type = type;
		this.formType = formType;
		this.adminPath = adminPath;
		this.find = find;
		this.toForm = toForm;
		this.label = label;
		this.references = references;
	}

	/** The feature's checks beyond Bean Validation, as its update runs them; none by default. */
	protected void check(F form, E current, BindingResult result) {
	}

	/** Saves a checked form through the feature's normal update (which may still refuse it in {@code result}). */
	protected abstract void update(long id, F form, BindingResult result);

	@Override
	public final String type() {
		return this.type;
	}

	@Override
	public final Class<?> formType() {
		return this.formType;
	}

	@Override
	public final Object capture(long id) {
		return this.toForm.apply(this.find.apply(id));
	}

	@Override
	public final String label(long id) {
		return this.label.apply(this.find.apply(id));
	}

	@Override
	public final String adminUrl(long id) {
		return this.adminPath + "/" + id;
	}

	@Override
	public final Map<String, String> references() {
		return this.references;
	}

	@Override
	public final void restore(long id, Object form, BindingResult result) {
		F typed = this.formType.cast(form);
		check(typed, this.find.apply(id), result);
		if (!result.hasErrors()) {
			update(id, typed, result);
		}
	}

}
