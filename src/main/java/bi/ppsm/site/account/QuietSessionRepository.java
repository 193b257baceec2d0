package bi.ppsm.site.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session's PostgreSQL store, except that a request does not write the session's last
 * access time when the stored one is less than {@link #TOUCH_INTERVAL} old. A staff member's page
 * view that changes nothing else in the session then costs no transaction and no write (before:
 * an update of the session row at every request). The session ends at most that much before its
 * time-out, never after it. A new session, a new session id, a changed attribute or time-out are
 * written as before: those set Spring Session's own change marks, whatever the last access time.
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession>,
		DisposableBean {

	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final JdbcIndexedSessionRepository repository;

	// the same object, seen through the interface: its session class is not public
	private final FindByIndexNameSessionRepository<Session> sessions;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	QuietSessionRepository(JdbcIndexedSessionRepository repository) {
		this.repository = repository;
		this.sessions = (FindByIndexNameSessionRepository) repository;
	}

	@Override
	public QuietSession createSession() {
		return new QuietSession(this.sessions.createSession());
	}

	@Override
	public void save(QuietSession session) {
		this.sessions.save(session.session);
	}

	@Override
	public QuietSession findById(String id) {
		Session session = this.sessions.findById(id);
		return (session != null) ? new QuietSession(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new QuietSession(session)));
		return found;
	}

	@Override
	public void destroy() {
		this.repository.destroy();
	}

	/** A stored session whose last access time moves only in steps of {@link #TOUCH_INTERVAL}. */
	static final class QuietSession implements Session {

		private final Session session;

		QuietSession(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.session.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_INTERVAL) >= 0) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
