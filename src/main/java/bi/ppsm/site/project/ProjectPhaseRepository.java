package bi.ppsm.site.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectPhaseRepository extends JpaRepository<ProjectPhase, Long> {

	List<ProjectPhase> findByProjectOrderByPosition(Project project);

	/** Every phase with its project, in one query (the list of missing translations). */
	@Query("select ph from ProjectPhase ph join fetch ph.project p order by p.id, ph.position, ph.id")
	List<ProjectPhase> findAllWithProject();

	/** One phase with its project (its translation page names both). */
	@Query("select ph from ProjectPhase ph join fetch ph.project where ph.id = :id")
	Optional<ProjectPhase> findWithProject(long id);

}
