package bi.ppsm.site.audit;

import java.time.Instant;

/** Audit entries as stored, for tests of the pages that show them. */
public final class AuditEntries {

	private AuditEntries() {
	}

	public static AuditEntry of(Instant at, String actor, String action, String type, String id, String label,
			String fields) {
		return new AuditEntry(at, actor, action, type, id, label, fields);
	}

}
