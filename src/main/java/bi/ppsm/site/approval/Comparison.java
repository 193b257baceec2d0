package bi.ppsm.site.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import bi.ppsm.site.directory.ServicePointForm;
import bi.ppsm.site.directory.ServicePoints;
import bi.ppsm.site.organisation.MemberSheetForm;
import bi.ppsm.site.organisation.OrganisationRepository;

/**
 * A proposal next to the live record, field by field, in words a reader checks: names rather
 * than ids, the labels of the forms, dates as in France, "oui" and "non".
 */
@Component
class Comparison {

	/** The labels of a field's codes: {@code directory.service.CHILD_PROTECTION}... */
	private static final Map<String, String> CODE_LABELS = Map.of("services", "directory.service.", "audiences",
			"directory.audience.", "languages", "directory.language.", "openDays", "directory.day.");

	private final MessageSource messages;

	private final OrganisationRepository organisations;

	private final ServicePoints points;

	Comparison(MessageSource messages, OrganisationRepository organisations, ServicePoints points) {
		this.messages = messages;
		this.organisations = organisations;
		this.points = points;
	}

	/** One line: the form's label of the field, the value now, the value proposed, whether they differ. */
	public record Row(String field, String label, String current, String proposed, boolean changed) {
	}

	List<Row> sheet(MemberSheetForm current, MemberSheetForm proposed) {
		return rows(MemberSheetForm.class, current, proposed, "admin.organisation.");
	}

	/** {@code current} null: a new point. */
	List<Row> point(ServicePointForm current, ServicePointForm proposed) {
		return rows(ServicePointForm.class, current, proposed, "admin.directory.");
	}

	private List<Row> rows(Class<? extends Record> type, Record current, Record proposed, String labels) {
		return Differences.fields(type)
			.stream()
			.map(f -> new Row(f, text(labels + ("published".equals(f) ? "publishedBox" : f)),
					(current == null) ? text("admin.approval.none") : shown(f, Differences.value(current, f)),
					shown(f, Differences.value(proposed, f)),
					!Differences.same((current == null) ? null : Differences.value(current, f),
							Differences.value(proposed, f))))
			.toList();
	}

	private String shown(String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())
				|| (value instanceof List<?> list && list.isEmpty())) {
			return text("admin.approval.empty");
		}
		if (value instanceof Boolean b) {
			return text(b ? "admin.approval.yes" : "admin.approval.no");
		}
		if (value instanceof List<?> list) {
			String prefix = CODE_LABELS.get(field);
			return list.stream()
				.map(v -> (prefix != null) ? text(prefix + v) : String.valueOf(v))
				.collect(Collectors.joining(", "));
		}
		if (value instanceof LocalDate date) {
			return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		if (value instanceof LocalTime time) {
			return time.format(DateTimeFormatter.ofPattern("HH:mm"));
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Long id) {
			return switch (field) {
				case "organisation" -> this.organisations.findById(id).map(o -> o.getName()).orElse("#" + id);
				case "province", "commune" -> {
					String name = this.points.zoneName(id);
					yield (name != null) ? name : "#" + id;
				}
				case "logo" -> text("admin.approval.image", id);
				default -> id.toString();
			};
		}
		return value.toString();
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

}
