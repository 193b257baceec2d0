package bi.ppsm.site.zone;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ZoneRepository extends JpaRepository<Zone, Long> {

	/** Every zone in list order, each commune with its province. */
	@EntityGraph(attributePaths = "parent")
	List<Zone> findAllByOrderByPositionAscNameAsc();

	Optional<Zone> findBySlug(String slug);

	/** Whether a zone is the province of communes. */
	boolean existsByParentId(Long id);

	/**
	 * The programmes, then the projects, that work in this zone, then the service points and
	 * branches of the directory there, each by name.
	 */
	@Query(nativeQuery = true, value = """
			select name from (
			  select 1 as kind, p.name from programme p
			  join programme_zone u on u.programme_id = p.id where u.zone_id = :id
			  union all
			  select 2 as kind, p.name from project p
			  join project_zone u on u.project_id = p.id where u.zone_id = :id
			  union all
			  select 3 as kind, s.name from service_point s where :id in (s.province_id, s.commune_id)
			  union all
			  select 4 as kind, b.name from ppsm_branch b where :id in (b.province_id, b.commune_id)
			) used order by kind, name""")
	List<String> namesUsing(long id);

}
