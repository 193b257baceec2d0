package bi.ppsm.site.result;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultPeriodRepository extends JpaRepository<ResultPeriod, Long> {

	List<ResultPeriod> findByKeyResultOrderByPositionAscIdAsc(KeyResult keyResult);

}
