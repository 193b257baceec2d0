package bi.ppsm.site.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Call it inside the transaction of the change, so that the change and
 * its trace are committed (or rolled back) together. The actor is the signed-in staff member,
 * or "système" for scheduled work.
 */
@Service
public class AuditLog {

	public static final String SYSTEM = "système";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * @param action what was done: CREATE, UPDATE, DELETE, READ, REPLY, EXPORT, ...
	 * @param entityType the kind of record ("programme", "message", ...)
	 * @param entityId its id
	 * @param entityLabel a human name for it, at the time of the change
	 * @param changedFields the names of the fields that changed (may be empty)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, String entityLabel,
			Collection<String> changedFields) {
		this.entries.save(new AuditEntry(this.clock.instant(), currentActor(), action, entityType,
				Objects.toString(entityId, null), truncate(entityLabel, 300),
				(changedFields == null || changedFields.isEmpty()) ? null : truncate(String.join(", ", changedFields), 2000)));
	}

	/** The signed-in staff member's login, or {@link #SYSTEM}. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
