package bi.ppsm.site.audit;

import java.util.List;

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

	@Query("select distinct e.actor from AuditEntry e order by e.actor")
	List<String> findActors();

	@Query("select distinct e.entityType from AuditEntry e order by e.entityType")
	List<String> findEntityTypes();

}
