package bi.ppsm.site.mission;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PerspectiveRepository extends JpaRepository<Perspective, Long> {

	List<Perspective> findAllByOrderByPosition();

}
