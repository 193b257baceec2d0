package bi.ppsm.site.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	List<AuditEntry> findTop10ByOrderByOccurredAtDescIdDesc();

	List<AuditEntry> findTop10ByEntityTypeNotOrderByOccurredAtDescIdDesc(String entityType);

	/** The ten latest changes of content, leaving out the inbox's reads, replies and exports. */
	default List<AuditEntry> findLatestContentChanges() {
		return findTop10ByEntityTypeNotOrderByOccurredAtDescIdDesc(AuditEntry.MESSAGE);
	}

	/**
	 * One page of entries without counting them all: a count of two million entries (for "page 1
	 * of 40 000") costs more than the page itself. One more entry is read to know if there is a
	 * next page.
	 */
	default Slice<AuditEntry> findSlice(Specification<AuditEntry> specification, Pageable pageable) {
		return findBy(specification, q -> q.slice(pageable));
	}

	/**
	 * Every actor, in order: one step down the index on actor per distinct value ("loose index
	 * scan"), not a pass over millions of entries.
	 */
	@Query(nativeQuery = true, value = """
			with recursive a(actor) as (
			    (select actor from audit_entry order by actor limit 1)
			    union all
			    select (select e.actor from audit_entry e where e.actor > a.actor order by e.actor limit 1)
			    from a where a.actor is not null)
			select actor from a where actor is not null""")
	List<String> findActors();

	/** Every kind of record, in order, the same way as {@link #findActors()}. */
	@Query(nativeQuery = true, value = """
			with recursive t(entity_type) as (
			    (select entity_type from audit_entry order by entity_type limit 1)
			    union all
			    select (select e.entity_type from audit_entry e where e.entity_type > t.entity_type
			            order by e.entity_type limit 1)
			    from t where t.entity_type is not null)
			select entity_type from t where entity_type is not null""")
	List<String> findEntityTypes();

}
