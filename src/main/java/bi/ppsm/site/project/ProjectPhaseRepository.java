package bi.ppsm.site.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectPhaseRepository extends JpaRepository<ProjectPhase, Long> {

	List<ProjectPhase> findByProjectOrderByPosition(Project project);

}
