package bi.ppsm.site.targetgroup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetGroupRepository extends JpaRepository<TargetGroup, Long> {

	List<TargetGroup> findByFeaturedTrueOrderByPosition();

	List<TargetGroup> findAllByOrderByPosition();

}
