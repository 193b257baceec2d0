package bi.ppsm.site.translation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A {@link TranslatableType} declared in one constructor call: the type's name, its fields and
 * how to read the French records. A feature's bean is a subclass with that constructor; it
 * overrides {@link #editUrl} only when the edit page is not its admin list followed by the id.
 * @param <T> the entity
 */
public abstract class TranslatableRecords<T> implements TranslatableType<T> {

	private final String name;

	private final String labelKey;

	private final Class<T> entityClass;

	private final String adminBase;

	private final List<TranslatableField<T>> fields;

	private final Function<T, Long> id;

	private final Function<T, String> label;

	private final LongFunction<Optional<T>> find;

	private final Supplier<List<T>> all;

	/**
	 * @param name the audit log's name of the type, as in {@link TranslatableType#name()}
	 * @param labelKey the message key naming the type in the plural
	 * @param entityClass the entity
	 * @param adminBase the admin list, to which the id is appended for the edit page
	 * @param fields the fields that have translations, in the order of the type's own form
	 * @param id a record's id
	 * @param label how staff name a record
	 * @param find a record by id
	 * @param all every record, for the lists of missing translations
	 */
	protected TranslatableRecords(String name, String labelKey, Class<T> entityClass, String adminBase,
			List<TranslatableField<T>> fields, Function<T, Long> id, Function<T, String> label,
			LongFunction<Optional<T>> find, Supplier<List<T>> all) {
		this.name = name;
		this.labelKey = labelKey;
		this.entityClass = entityClass;
		this.adminBase = adminBase;
		this.fields = List.copyOf(fields);
		this.id = id;
		this.label = label;
		this.find = find;
		this.all = all;
	}

	@Override
	public final String name() {
		return this.name;
	}

	@Override
	public final String labelKey() {
		return this.labelKey;
	}

	@Override
	public final Class<T> entityClass() {
		return this.entityClass;
	}

	@Override
	public final List<TranslatableField<T>> fields() {
		return this.fields;
	}

	@Override
	public final Long id(T entity) {
		return this.id.apply(entity);
	}

	@Override
	public final String label(T entity) {
		return this.label.apply(entity);
	}

	@Override
	public final Optional<T> find(long id) {
		return this.find.apply(id);
	}

	@Override
	public final List<T> all() {
		return this.all.get();
	}

	@Override
	public String editUrl(long id) {
		return this.adminBase + "/" + id;
	}

}
