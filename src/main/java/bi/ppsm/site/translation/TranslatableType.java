package bi.ppsm.site.translation;

import java.util.List;
import java.util.Optional;

/**
 * A content type whose text fields have English and Kirundi versions. Each feature package
 * declares its own as a small bean (see {@code programme/ProgrammeTranslations}), so that this
 * package depends on no feature. See package-info for how a content type joins.
 */
public interface TranslatableType<T> {

	/** The audit log's name of the type ("programme"): content_translation.entity_type and the URL. */
	String name();

	/** The message key naming the type in the plural, for the list of missing translations. */
	String labelKey();

	Class<T> entityClass();

	/** The fields that have translations, in the order of the content type's own form. */
	List<TranslatableField<T>> fields();

	Long id(T entity);

	/** How staff name the record ("Rapatriement"). */
	String label(T entity);

	Optional<T> find(long id);

	/** Every record of the type, for the lists of missing translations. */
	List<T> all();

	/** The record's own edit page in the back office. */
	String editUrl(long id);

	/**
	 * Whether the type's translations are shown on every page (the site settings, in the footer):
	 * then they are kept in memory until the next content change instead of being read at each
	 * page rendered in English or Kirundi.
	 */
	default boolean onEveryPage() {
		return false;
	}

	default Optional<TranslatableField<T>> field(String name) {
		return fields().stream().filter(f -> f.name().equals(name)).findFirst();
	}

}
