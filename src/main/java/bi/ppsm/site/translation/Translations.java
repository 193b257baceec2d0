package bi.ppsm.site.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.i18n.SiteLanguage;

/**
 * The English and Kirundi versions of the content, stored field by field in
 * {@code content_translation}: read a record's, save them (audited, only what changed, an empty
 * value deletes the row) and find what is missing. French stays in the content tables.
 */
@Service
public class Translations {

	/** The languages a translation may be in, in the order the forms show them. */
	public static final List<String> LANGUAGES = List.of(SiteLanguage.EN.getCode(), SiteLanguage.RN.getCode());

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final AuditLog audit;

	private final Map<String, TranslatableType<?>> types = new LinkedHashMap<>();

	Translations(JdbcClient jdbc, EntityManager entityManager, AuditLog audit, List<TranslatableType<?>> types) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.audit = audit;
		types.forEach(t -> this.types.put(t.name(), t));
	}

	public List<TranslatableType<?>> types() {
		return List.copyOf(this.types.values());
	}

	public Optional<TranslatableType<?>> type(String name) {
		return Optional.ofNullable(this.types.get(name));
	}

	/** The type an entity belongs to (a Hibernate proxy included), if it has translations. */
	public Optional<TranslatableType<?>> typeOf(Object entity) {
		return (entity == null) ? Optional.empty()
				: this.types.values().stream().filter(t -> t.entityClass().isInstance(entity)).findFirst();
	}

	/** A record's translations: language, then field, then text; no empty value. */
	@Transactional(readOnly = true)
	public Map<String, Map<String, String>> of(String type, long id) {
		Map<String, Map<String, String>> values = new TreeMap<>();
		LANGUAGES.forEach(l -> values.put(l, new TreeMap<>()));
		rows("select lang, field, value from content_translation where entity_type = ?1 and entity_id = ?2", type, id)
			.forEach(r -> values.get((String) r[0]).put((String) r[1], (String) r[2]));
		return values;
	}

	/**
	 * Every translation of a type in one language: record id, then field, then text. One query,
	 * through Hibernate, so the page's query count (and the benchmark's) includes it.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, String>> ofType(String type, String lang) {
		Map<Long, Map<String, String>> values = new LinkedHashMap<>();
		rows("select entity_id, field, value from content_translation where entity_type = ?1 and lang = ?2", type, lang)
			.forEach(r -> values.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>())
				.put((String) r[1], (String) r[2]));
		return values;
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> rows(String sql, Object first, Object second) {
		return this.entityManager.createNativeQuery(sql).setParameter(1, first).setParameter(2, second).getResultList();
	}

	/**
	 * A short fingerprint of a record's stored translations, carried by the translation form: a
	 * save from a form opened before someone else's save is refused, as a stale version is.
	 */
	public static String fingerprint(Map<String, Map<String, String>> translations) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			translations.forEach((lang, fields) -> new TreeMap<>(fields).forEach((field, value) -> {
				digest.update((lang + '\u0000' + field + '\u0000' + value + '\u0000').getBytes(StandardCharsets.UTF_8));
			}));
			return HexFormat.of().formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stores a record's translations as typed: a changed text replaces the row, an empty one
	 * deletes it, a field of no translatable name is ignored. One audit entry names the changed
	 * fields with their language ("summary=en"); returns them.
	 */
	@Transactional
	public <T> List<String> save(TranslatableType<T> type, T entity, Map<String, Map<String, String>> typed) {
		long id = type.id(entity);
		Map<String, Map<String, String>> stored = of(type.name(), id);
		List<String> changed = new ArrayList<>();
		for (String lang : LANGUAGES) {
			Map<String, String> values = typed.getOrDefault(lang, Map.of());
			for (TranslatableField<T> field : type.fields()) {
				String before = stored.get(lang).get(field.name());
				String after = clean(values.get(field.name()));
				if (after == null && before != null) {
					this.jdbc.sql("delete from content_translation where entity_type = ? and entity_id = ? and field = ? and lang = ?")
						.params(type.name(), id, field.name(), lang)
						.update();
				}
				else if (after != null && !after.equals(before)) {
					this.jdbc.sql("""
							insert into content_translation (entity_type, entity_id, field, lang, value, updated_at, updated_by)
							values (?, ?, ?, ?, ?, now(), ?)
							on conflict (entity_type, entity_id, field, lang)
							do update set value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
						.params(type.name(), id, field.name(), lang, after, AuditLog.currentActor())
						.update();
				}
				if (!Objects.equals(before, after)) {
					changed.add(field.name() + "=" + lang);
				}
			}
		}
		if (!changed.isEmpty()) {
			this.audit.record("TRANSLATE", type.name(), id, type.label(entity), changed);
		}
		return changed;
	}

	/**
	 * The fields of a record missing in each language: a translation is missing when the French
	 * text is not blank and no translation is stored.
	 */
	public <T> Map<String, List<TranslatableField<T>>> missing(TranslatableType<T> type, T entity,
			Map<String, Map<String, String>> translations) {
		Map<String, List<TranslatableField<T>>> missing = new LinkedHashMap<>();
		for (String lang : LANGUAGES) {
			Map<String, String> values = translations.getOrDefault(lang, Map.of());
			missing.put(lang, type.fields()
				.stream()
				.filter(f -> blankToNull(f.french().apply(entity)) != null && !values.containsKey(f.name()))
				.toList());
		}
		return missing;
	}

	/** How many fields of the record have a French text, so can be translated. */
	public static <T> long translatable(TranslatableType<T> type, T entity) {
		return type.fields().stream().filter(f -> blankToNull(f.french().apply(entity)) != null).count();
	}

	/** For each type, its records that lack a translation in this language, with what they lack. */
	@Transactional(readOnly = true)
	public List<MissingList> missingIn(String lang) {
		List<MissingList> lists = new ArrayList<>();
		for (TranslatableType<?> type : this.types.values()) {
			lists.add(missingIn(type, lang));
		}
		return lists;
	}

	private <T> MissingList missingIn(TranslatableType<T> type, String lang) {
		Map<Long, Map<String, String>> stored = ofType(type.name(), lang);
		List<MissingRecord> records = new ArrayList<>();
		int total = 0;
		for (T entity : type.all()) {
			total++;
			Map<String, String> values = stored.getOrDefault(type.id(entity), Map.of());
			List<String> fields = type.fields()
				.stream()
				.filter(f -> blankToNull(f.french().apply(entity)) != null && !values.containsKey(f.name()))
				.map(TranslatableField::labelKey)
				.toList();
			if (!fields.isEmpty()) {
				records.add(new MissingRecord(type.id(entity), type.label(entity), fields,
						fields.size() == translatable(type, entity)));
			}
		}
		return new MissingList(type.name(), type.labelKey(), total, records);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** A typed text as stored: without control characters nobody types (PostgreSQL refuses NUL), trimmed. */
	static String clean(String value) {
		return (value == null) ? null : blankToNull(CONTROL.matcher(value).replaceAll("").strip());
	}

	/** The records of a type that lack translations in a language, out of {@code total}. */
	public record MissingList(String type, String labelKey, int total, List<MissingRecord> records) {
	}

	/** A record and the label keys of its untranslated fields; {@code all} when none is translated. */
	public record MissingRecord(long id, String label, List<String> fieldLabelKeys, boolean all) {
	}

}
