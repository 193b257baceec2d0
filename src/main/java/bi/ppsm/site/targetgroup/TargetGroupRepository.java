package bi.ppsm.site.targetgroup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TargetGroupRepository extends JpaRepository<TargetGroup, Long> {

	List<TargetGroup> findByFeaturedTrueOrderByPosition();

	List<TargetGroup> findAllByOrderByPosition();

	/** The programmes, then the projects, that name this group, each by name. */
	@Query(nativeQuery = true, value = """
			select name from (
			  select 1 as kind, p.name from programme p
			  join programme_target_group u on u.programme_id = p.id where u.target_group_id = :id
			  union all
			  select 2 as kind, p.name from project p
			  join project_target_group u on u.project_id = p.id where u.target_group_id = :id
			) used order by kind, name""")
	List<String> namesUsing(long id);

}
