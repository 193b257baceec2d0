package bi.ppsm.site.result;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResultPeriodRepository extends JpaRepository<ResultPeriod, Long> {

	List<ResultPeriod> findByKeyResultOrderByPositionAscIdAsc(KeyResult keyResult);

	/** Every period with its key result, in one query (the list of missing translations). */
	@Query("select p from ResultPeriod p join fetch p.keyResult r order by r.id, p.position, p.id")
	List<ResultPeriod> findAllWithResult();

}
