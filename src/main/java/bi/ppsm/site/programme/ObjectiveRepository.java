package bi.ppsm.site.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObjectiveRepository extends JpaRepository<Objective, Long> {

	List<Objective> findByProgrammeAndParentIsNullOrderByPosition(Programme programme);

	List<Objective> findByParentOrderByPosition(Objective parent);

	/** Every objective with its programme, in one query (the list of missing translations). */
	@Query("select o from Objective o join fetch o.programme p order by p.position, p.id, o.position, o.id")
	List<Objective> findAllWithProgramme();

	/** One objective with its programme (its translation page names both). */
	@Query("select o from Objective o join fetch o.programme where o.id = :id")
	Optional<Objective> findWithProgramme(long id);

}
