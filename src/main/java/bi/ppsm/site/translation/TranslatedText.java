package bi.ppsm.site.translation;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.cache.UntilContentChange;
import bi.ppsm.site.i18n.SiteLanguage;

/**
 * What public templates print for a translatable field, as {@code #tr}:
 * {@code th:text="${#tr.text(p, 'name')}" th:lang="${#tr.lang(p, 'name')}"}. The text is the
 * visitor's language where a translation exists, else the French; the language mark says which
 * when it differs from the page's (French on an English page, Kirundi on a Kirundi page, whose
 * page language is French). Translations are read once per type and language per request, for
 * every record of the type, so a list of records costs one query, not one per field or record.
 */
@Component
public class TranslatedText {

	private static final String CACHE = TranslatedText.class.getName() + ".";

	private final Translations translations;

	private final ObjectProvider<PageCache> changes;

	private final Map<String, UntilContentChange<Map<Long, Map<String, String>>>> everyPage = new ConcurrentHashMap<>();

	TranslatedText(Translations translations, ObjectProvider<PageCache> changes) {
		this.translations = translations;
		this.changes = changes;
	}

	/** The field in the visitor's language, or in French when not translated (null if neither). */
	public String text(Object entity, String field) {
		String translated = translated(entity, field);
		return (translated != null) ? translated : french(entity, field);
	}

	/** Whether the field is shown in the visitor's language (always true in French). */
	public boolean has(Object entity, String field) {
		return language() == SiteLanguage.FR || translated(entity, field) != null;
	}

	/**
	 * The {@code lang} the element showing the field needs, or null when it is the page's own:
	 * "fr" on an English page showing French, "rn" on a Kirundi page showing Kirundi.
	 */
	public String lang(Object entity, String field) {
		SiteLanguage language = language();
		boolean translated = language != SiteLanguage.FR && translated(entity, field) != null;
		return switch (language) {
			case EN -> translated ? null : SiteLanguage.FR.getCode();
			case RN -> translated ? SiteLanguage.RN.getCode() : null;
			default -> null;
		};
	}

	private String translated(Object entity, String field) {
		SiteLanguage language = language();
		if (language == SiteLanguage.FR) {
			return null;
		}
		return this.translations.typeOf(entity).filter(type -> type.field(field).isPresent()).map(type -> {
			Long id = idOf(type, entity);
			if (id == null) {
				return null;
			}
			return loaded(type, language.getCode()).getOrDefault(id, Map.of()).get(field);
		}).orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static <T> Long idOf(TranslatableType<T> type, Object entity) {
		return type.id((T) entity);
	}

	/**
	 * The French text: the type's own reading of the field, or the entity's property of that
	 * name for a type (or a field) that has no translations yet.
	 */
	@SuppressWarnings("unchecked")
	private <T> String french(Object entity, String field) {
		if (entity == null) {
			return null;
		}
		return this.translations.typeOf(entity)
			.map(t -> (TranslatableType<T>) t)
			.flatMap(t -> t.field(field))
			.map(f -> f.french().apply((T) entity))
			.orElseGet(() -> Objects.toString(PropertyAccessorFactory.forBeanPropertyAccess(entity).getPropertyValue(field), null));
	}

	/**
	 * The translations of a type in a language, kept for the rest of the request, or until the
	 * next content change for a type shown on every page.
	 */
	private Map<Long, Map<String, String>> loaded(TranslatableType<?> type, String lang) {
		String key = CACHE + type.name() + "." + lang;
		if (type.onEveryPage()) {
			return this.everyPage.computeIfAbsent(key, k -> new UntilContentChange<>(this.changes))
				.get(() -> forThisRequest(key, type.name(), lang));
		}
		return forThisRequest(key, type.name(), lang);
	}

	@SuppressWarnings("unchecked")
	private Map<Long, Map<String, String>> forThisRequest(String key, String type, String lang) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.translations.ofType(type, lang);
		}
		Object cached = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (cached == null) {
			cached = this.translations.ofType(type, lang);
			request.setAttribute(key, cached, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<Long, Map<String, String>>) cached;
	}

	private static SiteLanguage language() {
		return SiteLanguage.of(LocaleContextHolder.getLocale());
	}

}
