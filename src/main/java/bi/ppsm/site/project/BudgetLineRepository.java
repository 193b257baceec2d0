package bi.ppsm.site.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

	List<BudgetLine> findByProjectOrderByPositionAscIdAsc(Project project);

	List<BudgetLine> findByProjectInOrderByPositionAscIdAsc(List<Project> projects);

}
