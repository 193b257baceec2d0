package bi.ppsm.site.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import bi.ppsm.site.system.ScheduledVisibility;

public interface ProgrammeRepository extends JpaRepository<Programme, Long>, ScheduledVisibility {

	/**
	 * THE rule of a programme visitors may see, in JPQL on the alias {@code g} with the parameter
	 * {@code :now} (the application clock's instant): published, public from {@code publishFrom}
	 * (none: no limit) and until {@code publishUntil} excluded (none: for good). Every public
	 * query of programmes uses it; {@link PublishedContent#isVisibleAt} is the same test in Java.
	 */
	String VISIBLE = "(g.published = true and (g.publishFrom is null or g.publishFrom <= :now)"
			+ " and (g.publishUntil is null or g.publishUntil > :now))";

	/** The same rule in SQL, on the table name {@code programme} (not aliased), for native queries. */
	String VISIBLE_SQL = "(programme.published and (programme.publish_from is null or programme.publish_from <= :now)"
			+ " and (programme.publish_until is null or programme.publish_until > :now))";

	/** The programmes visitors may see at {@code now}, in their order. */
	@Query("select g from Programme g where " + VISIBLE + " order by g.position")
	List<Programme> findVisible(Instant now);

	/**
	 * The programmes visitors may see at {@code now} with their zones: read after
	 * {@link #findVisible}, it fills their zones in one query, whatever their number.
	 */
	@Query("select distinct g from Programme g left join fetch g.zones where " + VISIBLE)
	List<Programme> fetchZonesOfVisible(Instant now);

	/** The same with their organisations (funders and partners) and each organisation. */
	@Query("select distinct g from Programme g left join fetch g.organisations i left join fetch i.organisation where "
			+ VISIBLE)
	List<Programme> fetchOrganisationsOfVisible(Instant now);

	/** The ids of the programmes visitors may see at {@code now} (for queries of other features). */
	@Query("select g.id from Programme g where " + VISIBLE)
	List<Long> findVisibleIds(Instant now);

	/** Whether a programme went public or came off between the two times (last check excluded). */
	@Override
	@Query("""
			select count(g) > 0 from Programme g where g.published = true
			and ((g.publishFrom > :since and g.publishFrom <= :now) or (g.publishUntil > :since and g.publishUntil <= :now))""")
	boolean anyChangeOfVisibility(Instant since, Instant now);

	/** The names of the projects this programme leads, in their order. */
	@Query(value = "select name from project where programme_id = :id order by position", nativeQuery = true)
	List<String> namesOfProjectsLedBy(long id);

	List<Programme> findAllByOrderByPosition();

	/** The programmes whose name contains the text, whatever its case (the admin list's search). */
	Page<Programme> findByNameContainingIgnoreCase(String name, Pageable pageable);

	/** How many programmes come before a position (the admin list's page of a programme). */
	long countByPositionLessThan(int position);

	List<Programme> findByPublishedFalseOrderByName();

	/** The first drafts by name (the dashboard shows a few and counts the rest). */
	List<Programme> findTop20ByPublishedFalseOrderByName();

	long countByPublishedFalse();

	@EntityGraph(attributePaths = { "objectives" })
	Optional<Programme> findBySlug(String slug);

}
