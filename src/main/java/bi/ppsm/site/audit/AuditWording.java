package bi.ppsm.site.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How an audit entry reads for staff: the kind of record, what was done and the fields changed,
 * named as the forms name them ("Programme « Rapatriement » modifié : résumé, dates"). The
 * rows stay as stored; only their rendering is translated, through keys per entity type
 * ({@code admin.audit.type.*}), per action ({@code admin.audit.done.*}) and per field
 * ({@code admin.audit.field.*}). A type, action or field without a key reads as a generic word.
 */
@Component
public class AuditWording {

	private final MessageSource messages;

	AuditWording(MessageSource messages) {
		this.messages = messages;
	}

	/** The entry as a line of the journal or the dashboard, with the record's page if it has one. */
	public AuditLine line(AuditEntry entry, String link) {
		return new AuditLine(entry, type(entry.getEntityType()), action(entry.getAction()), fields(entry.getChangedFields()),
				sentence(entry), link);
	}

	/** The kind of record as staff call it ("Résultat clé"), or a generic word. */
	public String type(String entityType) {
		return text("admin.audit.type." + entityType, "admin.audit.type.unknown");
	}

	String action(String action) {
		return text("admin.audit.action." + action, "admin.audit.action.unknown");
	}

	/**
	 * "Programme « Rapatriement » modifié : résumé, dates"; only a change names its fields
	 * (a creation stores every field, a move the order), the journal lists them all in a column.
	 */
	String sentence(AuditEntry entry) {
		String gender = text("admin.audit.gender." + entry.getEntityType(), "admin.audit.gender.unknown");
		String done = optional("admin.audit.done." + entry.getAction() + "." + gender);
		if (done == null) {
			done = text("admin.audit.done." + entry.getAction(), "admin.audit.done.unknown");
		}
		String label = (entry.getEntityLabel() != null) ? entry.getEntityLabel()
				: text("admin.audit.number", null, entry.getEntityId());
		String fields = "UPDATE".equals(entry.getAction()) ? fields(entry.getChangedFields()) : "";
		return fields.isEmpty() ? text("admin.audit.sentence", null, type(entry.getEntityType()), label, done)
				: text("admin.audit.sentenceWithFields", null, type(entry.getEntityType()), label, done, fields);
	}

	/** The changed fields as the forms name them, in the order stored; unknown ones once, as "autres champs". */
	String fields(String changedFields) {
		if (changedFields == null || changedFields.isBlank()) {
			return "";
		}
		List<String> names = new ArrayList<>();
		boolean unknown = false;
		for (String field : Arrays.stream(changedFields.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList()) {
			String name = field(field);
			if (name == null) {
				unknown = true;
			}
			else if (!names.contains(name)) {
				names.add(name);
			}
		}
		if (unknown) {
			names.add(text("admin.audit.field.unknown", null));
		}
		return String.join(", ", names);
	}

	/** "summary" → "résumé"; "status=SPAM" → "statut : indésirable"; null when unknown. */
	private String field(String field) {
		int equals = field.indexOf('=');
		String name = optional("admin.audit.field." + ((equals < 0) ? field : field.substring(0, equals)));
		if (name == null || equals < 0) {
			return name;
		}
		String value = field.substring(equals + 1);
		String readable = optional("admin.audit.value." + value);
		return text("admin.audit.fieldValue", null, name, (readable != null) ? readable : value);
	}

	private String text(String code, String fallbackCode, Object... args) {
		String text = optional(code, args);
		return (text != null || fallbackCode == null) ? text : optional(fallbackCode, args);
	}

	private String optional(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(code, args, null, locale);
	}

}
