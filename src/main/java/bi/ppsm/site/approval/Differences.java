package bi.ppsm.site.approval;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields of two forms of the same kind (records), and which of them differ. */
final class Differences {

	/** Fields that are never compared: the hidden version of the record the form was made from. */
	static final String VERSION = "version";

	private Differences() {
	}

	/** The names of a form's fields, in the form's order, without the version. */
	static List<String> fields(Class<? extends Record> type) {
		List<String> names = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			if (!VERSION.equals(component.getName())) {
				names.add(component.getName());
			}
		}
		return names;
	}

	static Object value(Record form, String field) {
		if (form == null) {
			return null;
		}
		try {
			return form.getClass().getMethod(field).invoke(form);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("field " + field + " of " + form.getClass().getSimpleName(), ex);
		}
	}

	/** The fields whose values differ (null, blank text and an empty list are alike; 1.50 is 1.5). */
	static List<String> changed(Class<? extends Record> type, Record current, Record proposed) {
		return fields(type).stream().filter(f -> !same(value(current, f), value(proposed, f))).toList();
	}

	static boolean same(Object a, Object b) {
		Object x = normal(a);
		Object y = normal(b);
		if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
			return p.compareTo(q) == 0;
		}
		return Objects.equals(x, y);
	}

	private static Object normal(Object value) {
		if (value instanceof String s && s.isBlank()) {
			return null;
		}
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		return value;
	}

}
