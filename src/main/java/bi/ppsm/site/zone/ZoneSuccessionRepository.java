package bi.ppsm.site.zone;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ZoneSuccessionRepository extends JpaRepository<ZoneSuccession, Long> {

	List<ZoneSuccession> findAllByOrderByIdAsc();

}
