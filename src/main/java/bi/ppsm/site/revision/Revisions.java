package bi.ppsm.site.revision;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.system.PpsmProperties;

/**
 * Keeps the revisions of the content. A feature calls {@link #track} at the start of every save
 * of an existing record (and {@link #created} after creating one): the record's state when the
 * transaction commits becomes a new revision, in that transaction. A record without revision
 * first gets one for its state before the change, marked initial, so that the first change can
 * be undone. A save that changes nothing keeps no revision.
 */
@Service
public class Revisions {

	/** Revisions per page of the history. */
	static final int PAGE_SIZE = 25;

	private static final DefaultMessageCodesResolver CODES = new DefaultMessageCodesResolver();

	static {
		CODES.setPrefix("admin.validation.");
	}

	private final RevisionStore store;

	private final ObjectProvider<Revisable> kinds;

	private final AuditLog audit;

	private final Clock clock;

	private final int keep;

	private final Validator validator;

	private volatile Map<String, Revisable> byType;

	Revisions(RevisionStore store, ObjectProvider<Revisable> kinds, AuditLog audit, Clock clock,
			PpsmProperties properties, Validator validator) {
		this.validator = validator;
		this.store = store;
		this.kinds = kinds;
		this.audit = audit;
		this.clock = clock;
		this.keep = properties.revisions().keep();
	}

	/** Before a change of an existing record: its state at commit will be a new revision. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void track(String type, long id) {
		Revisable kind = kind(type);
		if (this.store.count(type, id) == 0) {
			this.store.insert(type, id, this.clock.instant(), AuditLog.currentActor(), null, true,
					RevisionState.capture(kind, id));
		}
		pending().records.add(new Key(type, id));
	}

	/** After a record was created: its state at commit is its first revision (no id: nothing was saved). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void created(String type, Long id) {
		kind(type);
		if (id != null) {
			pending().records.add(new Key(type, id));
		}
	}

	/** How many revisions a record has (for the link of its edit form). */
	@Transactional(readOnly = true)
	public int count(String type, long id) {
		return this.store.count(type, id);
	}

	/** The kind of content of that audit name; a 404 for any other. */
	Revisable kind(String type) {
		Revisable kind = kinds().get(type);
		if (kind == null) {
			throw new NotFoundException("revisions of " + type);
		}
		return kind;
	}

	/**
	 * One page of a record's revisions ({@link #PAGE_SIZE}, the latest first; a page beyond the
	 * last is empty); a 404 for an unknown kind or record.
	 */
	@Transactional(readOnly = true)
	History history(String type, long id, int page) {
		Revisable kind = kind(type);
		String label = kind.label(id);
		int total = this.store.count(type, id);
		long offset = (long) Math.max(0, page) * PAGE_SIZE;
		// one more row: the revision before the page's last one, for its "show this change" link
		List<Revision> rows = (offset < total) ? this.store.list(type, id, offset, PAGE_SIZE + 1) : List.of();
		List<Revision> content = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
		Integer older = (rows.size() > PAGE_SIZE) ? rows.get(PAGE_SIZE).number() : null;
		List<Revision> latest = (offset == 0) ? content.subList(0, Math.min(2, content.size()))
				: this.store.list(type, id, 0, 2);
		return new History(type, id, label, kind.adminUrl(id), kind.fields(),
				new PageImpl<>(content, PageRequest.of(Math.max(0, page), PAGE_SIZE), total), older, latest);
	}

	/**
	 * One revision with its state as staff read it: the ids of other records replaced by their
	 * names ({@link Revisable#references()}); a 404 when the record has no such revision.
	 */
	@Transactional(readOnly = true)
	Revision revision(String type, long id, int number) {
		Revision revision = this.store.find(type, id, number)
			.orElseThrow(() -> new NotFoundException("revision " + type + " " + id + " " + number));
		Map<String, String> references = kind(type).references();
		if (references.isEmpty()) {
			return revision;
		}
		ObjectNode state = RevisionState.read(revision.state());
		references.forEach((field, table) -> {
			JsonNode value = state.get(field);
			if (value != null && value.isArray()) {
				ArrayNode names = state.arrayNode();
				value.forEach(item -> names.add(name(table, item)));
				state.set(field, names);
			}
			else if (value != null && !value.isNull()) {
				state.put(field, name(table, value));
			}
		});
		return new Revision(revision.number(), revision.createdAt(), revision.actor(), revision.restoredFrom(),
				revision.initial(), RevisionState.JSON.writeValueAsString(state));
	}

	/** A record's name, or its number when it has been deleted since. */
	private String name(String table, JsonNode id) {
		if (!id.canConvertToLong()) {
			return id.asString();
		}
		return this.store.name(table, id.asLong()).orElse("#" + id.asLong());
	}

	/** The version of the record's current form, for the restore's confirmation. */
	@Transactional(readOnly = true)
	Integer currentVersion(String type, long id) {
		return RevisionState.version(kind(type), id);
	}

	/**
	 * Brings back revision {@code number} through the feature's normal update: Bean Validation,
	 * the feature's own checks, a stale {@code version} refused. Saved (a new revision that
	 * names the one restored, an audit entry RESTORE) when the result has no error.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	BindingResult restore(String type, long id, int number, Integer version) {
		Revisable kind = kind(type);
		Revision revision = this.store.find(type, id, number)
			.orElseThrow(() -> new NotFoundException("revision " + type + " " + id + " " + number));
		Integer current = RevisionState.version(kind, id);
		Object form;
		try {
			form = RevisionState.form(kind, revision.state(), version);
		}
		catch (JacksonException ex) {
			BindingResult unreadable = new MapBindingResult(new HashMap<>(), "form");
			unreadable.reject("revisionUnreadable");
			return unreadable;
		}
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
		result.setMessageCodesResolver(CODES);
		new SpringValidatorAdapter(this.validator).validate(form, result);
		if (current == null || !current.equals(version)) {
			result.reject("conflict");
		}
		if (!result.hasErrors()) {
			kind.restore(id, form, result);
		}
		if (!result.hasErrors()) {
			pending().restoredFrom = number;
			this.audit.record("RESTORE", type, id, kind.label(id), List.of("revision=" + number));
		}
		return result;
	}

	/** Applies the retention to every record (the nightly job). */
	@Transactional
	public int prune() {
		return (this.keep > 0) ? this.store.pruneAll(this.keep) : 0;
	}

	private Map<String, Revisable> kinds() {
		Map<String, Revisable> map = this.byType;
		if (map == null) {
			map = new HashMap<>();
			for (Revisable kind : this.kinds.orderedStream().toList()) {
				map.put(kind.type(), kind);
			}
			this.byType = map;
		}
		return map;
	}

	private Pending pending() {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	private void write(Key key, Integer restoredFrom) {
		String state;
		try {
			state = RevisionState.capture(kind(key.type()), key.id());
		}
		catch (NotFoundException deleted) {
			return;
		}
		if (restoredFrom == null && this.store.latest(key.type(), key.id())
			.filter(last -> RevisionState.same(last.state(), state))
			.isPresent()) {
			return;
		}
		this.store.insert(key.type(), key.id(), this.clock.instant(), AuditLog.currentActor(), restoredFrom, false,
				state);
		if (this.keep > 0) {
			this.store.prune(key.type(), key.id(), this.keep);
		}
	}

	/**
	 * What the history page shows of a record: one page of its revisions, latest first, without
	 * their states; the number of the revision just before the page's last one (null on the last
	 * page); and the two latest revisions, whose difference the page shows by default.
	 */
	public record History(String type, long id, String label, String adminUrl, List<String> fields,
			Page<Revision> page, Integer older, List<Revision> latest) {

		/** The revisions of the page. */
		public List<Revision> revisions() {
			return this.page.getContent();
		}

		/** The number of the revision before the {@code index}-th of the page, null for the very first one. */
		public Integer before(int index) {
			List<Revision> revisions = revisions();
			return (index + 1 < revisions.size()) ? Integer.valueOf(revisions.get(index + 1).number()) : this.older;
		}

	}

	private record Key(String type, long id) {
	}

	/** The records saved in one transaction, written as revisions just before it commits. */
	private final class Pending implements TransactionSynchronization {

		final Set<Key> records = new LinkedHashSet<>();

		Integer restoredFrom;

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!readOnly) {
				this.records.forEach(key -> write(key, this.restoredFrom));
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Revisions.this);
		}

	}

}
