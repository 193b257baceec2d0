package bi.ppsm.site.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingChangeRepository extends JpaRepository<PendingChange, Long> {

	List<PendingChange> findByStatusOrderByProposedAtAsc(ChangeStatus status);

	List<PendingChange> findTop20ByStatusNotOrderByDecidedAtDesc(ChangeStatus status);

	long countByStatus(ChangeStatus status);

	List<PendingChange> findTop50ByOrganisationIdOrderByProposedAtDesc(long organisationId);

	Optional<PendingChange> findByEntityTypeAndEntityIdAndStatus(String entityType, Long entityId, ChangeStatus status);

}
