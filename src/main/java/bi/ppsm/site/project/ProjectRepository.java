package bi.ppsm.site.project;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.system.ScheduledVisibility;

public interface ProjectRepository extends JpaRepository<Project, Long>, ScheduledVisibility {

	/**
	 * THE rule of a project visitors may see, in JPQL on the alias {@code p} with the parameter
	 * {@code :now}: published, public from {@code publishFrom} (none: no limit) and until
	 * {@code publishUntil} excluded (none: for good), and its programme visible by
	 * {@link ProgrammeRepository#VISIBLE}. Every public query of projects uses it;
	 * {@link Project#isVisibleAt} is the same test in Java.
	 */
	String VISIBLE = "(p.published = true and (p.publishFrom is null or p.publishFrom <= :now)"
			+ " and (p.publishUntil is null or p.publishUntil > :now)"
			+ " and exists (select 1 from Programme g where g = p.programme and " + ProgrammeRepository.VISIBLE + "))";

	/** The same rule in SQL, on the table name {@code project} (not aliased), for native queries. */
	String VISIBLE_SQL = "(project.published and (project.publish_from is null or project.publish_from <= :now)"
			+ " and (project.publish_until is null or project.publish_until > :now)"
			+ " and exists (select 1 from programme where programme.id = project.programme_id and "
			+ ProgrammeRepository.VISIBLE_SQL + "))";

	Optional<Project> findBySlug(String slug);

	/**
	 * A page of the visible projects a programme leads or that contribute to it, in their order
	 * (the programme's page shows the first ones, its list of projects every page).
	 */
	@Query(value = "select p from Project p join fetch p.programme where " + VISIBLE + OF_PROGRAMME
			+ " order by p.position, p.name, p.id",
			countQuery = "select count(p) from Project p where " + VISIBLE + OF_PROGRAMME)
	Page<Project> findVisibleForProgramme(Programme programme, Instant now, Pageable pageable);

	/** The first ones of the same list, without counting them (the programme's page counts them in SQL). */
	@Query("select p from Project p join fetch p.programme where " + VISIBLE + OF_PROGRAMME
			+ " order by p.position, p.name, p.id")
	List<Project> findFirstVisibleForProgramme(Programme programme, Instant now, Pageable pageable);

	/** Led by the programme {@code :programme} or contributing to it. */
	String OF_PROGRAMME = " and (p.programme = :programme or :programme member of p.otherProgrammes)";

	/** Every visible project, by programme then in their order. */
	@Query("select p from Project p join fetch p.programme pr where " + VISIBLE
			+ " order by pr.position, p.position, p.name")
	List<Project> findAllVisible(Instant now);

	/** The ids of the projects visitors may see at {@code now} (for queries of other features). */
	@Query("select p.id from Project p where " + VISIBLE)
	List<Long> findVisibleIds(Instant now);

	/** Whether a project went public or came off between the two times (last check excluded). */
	@Override
	@Query("""
			select count(p) > 0 from Project p where p.published = true
			and ((p.publishFrom > :since and p.publishFrom <= :now) or (p.publishUntil > :since and p.publishUntil <= :now))""")
	boolean anyChangeOfVisibility(Instant since, Instant now);

	List<Project> findByPublishedFalseOrderByName();

	/** The first drafts by name (the dashboard shows a few and counts the rest). */
	List<Project> findTop20ByPublishedFalseOrderByName();

	long countByPublishedFalse();

	Page<Project> findByNameContainingIgnoreCase(String name, Pageable pageable);

	List<Project> findAllByOrderByNameAsc();

}
