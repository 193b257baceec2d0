package bi.ppsm.site.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies a form to an entity field by field and remembers which fields really changed, for
 * the audit log: {@code changes.set("name", p.getName(), form.name(), p::setName)}.
 */
public final class Changes {

	private final List<String> fields = new ArrayList<>();

	public <T> Changes set(String field, T current, T proposed, Consumer<T> setter) {
		if (!same(current, proposed)) {
			setter.accept(proposed);
			this.fields.add(field);
		}
		return this;
	}

	/** Records a change made by other means (a collection replaced, say). */
	public Changes changed(String field, boolean changed) {
		if (changed) {
			this.fields.add(field);
		}
		return this;
	}

	public List<String> fields() {
		return List.copyOf(this.fields);
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

}
