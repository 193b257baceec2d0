package bi.ppsm.site.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveRepository extends JpaRepository<Objective, Long> {

	List<Objective> findByProgrammeAndParentIsNullOrderByPosition(Programme programme);

	List<Objective> findByParentOrderByPosition(Objective parent);

}
