package bi.ppsm.site.zone;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ZoneRepository extends JpaRepository<Zone, Long> {

	List<Zone> findAllByOrderByPositionAscNameAsc();

	Optional<Zone> findBySlug(String slug);

}
