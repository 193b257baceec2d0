package bi.ppsm.site.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the audit log page: who, what kind of record, content changes or the
 * inbox's activity (kind {@value #CONTENT} or {@value #MESSAGES}), from and to which day.
 */
record AuditFilter(String actor, String type, String kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	static final String CONTENT = "contenu";

	static final String MESSAGES = "messages";

	Specification<AuditEntry> specification(ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.actor != null) {
				predicates.add(cb.equal(root.get("actor"), this.actor));
			}
			if (this.type != null) {
				predicates.add(cb.equal(root.get("entityType"), this.type));
			}
			if (CONTENT.equals(this.kind)) {
				predicates.add(cb.notEqual(root.get("entityType"), AuditEntry.MESSAGE));
			}
			if (MESSAGES.equals(this.kind)) {
				predicates.add(cb.equal(root.get("entityType"), AuditEntry.MESSAGE));
			}
			if (this.from != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), this.from.atStartOfDay(zone).toInstant()));
			}
			if (this.to != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), this.to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
