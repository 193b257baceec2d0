package bi.ppsm.site.translation;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The box of a content type's edit form ({@code admin/fragments/translations :: box(entity)}):
 * per language, how many fields lack a translation, and the record's translation page.
 */
@Component
public class TranslationStatus {

	private final Translations translations;

	TranslationStatus(Translations translations) {
		this.translations = translations;
	}

	/** The record's status, or null when it is not saved yet or its type has no translations. */
	public Status of(Object entity) {
		return this.translations.typeOf(entity).map(t -> status(t, entity)).orElse(null);
	}

	@SuppressWarnings("unchecked")
	private <T> Status status(TranslatableType<T> type, Object record) {
		T entity = (T) record;
		Long id = type.id(entity);
		if (id == null) {
			return null;
		}
		var missing = this.translations.missing(type, entity, this.translations.of(type.name(), id));
		long translatable = Translations.translatable(type, entity);
		List<Language> languages = Translations.LANGUAGES.stream()
			.map(l -> new Language(l, missing.get(l).size(), translatable > 0 && missing.get(l).size() == translatable))
			.toList();
		return new Status("/admin/traductions/" + type.name() + "/" + id, languages);
	}

	/** Where to translate the record, and what each language lacks. */
	public record Status(String url, List<Language> languages) {
	}

	/** A language's missing fields: none, some ({@code missing}) or all. */
	public record Language(String code, int missing, boolean all) {
	}

}
