package bi.ppsm.site.project;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.system.ScheduledVisibility;
import bi.ppsm.site.zone.Zone;

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

	/**
	 * The public list's filters (issue 19), after {@link #VISIBLE}: a status, a funder by its slug
	 * or its parent organisation's, and a zone by its slug; for a province ({@code :province}),
	 * also its communes and the projects "in all provinces". A null parameter filters nothing.
	 */
	String LIST_FILTER = " and (:status is null or p.status = :status)"
			+ " and (:donor is null or exists (select 1 from Project q join q.organisations i join i.organisation o"
			+ " left join o.parent op where q = p and i.role = bi.ppsm.site.organisation.Role.FUNDER"
			+ " and (o.slug = :donor or op.slug = :donor)))"
			+ " and (:zone is null or exists (select 1 from Project r join r.zones z left join z.parent zp where r = p"
			+ " and (z.slug = :zone or (:province = true and (z.kind = bi.ppsm.site.zone.ZoneKind.ALL_PROVINCES"
			+ " or zp.slug = :zone)))))";

	/** How many visible projects the public list's filters keep. */
	@Query("select count(p) from Project p where " + VISIBLE + LIST_FILTER)
	long countVisibleMatching(Instant now, ProjectStatus status, String donor, String zone, boolean province);

	/** A page of the visible projects the filters keep, by programme then in their order. */
	@Query("select p from Project p join fetch p.programme pr where " + VISIBLE + LIST_FILTER
			+ " order by pr.position, p.position, p.name, p.id")
	List<Project> findVisibleMatching(Instant now, ProjectStatus status, String donor, String zone, boolean province,
			Pageable page);

	@Query("select count(p) from Project p where " + VISIBLE)
	long countVisible(Instant now);

	/**
	 * The organisations funding a visible project, a member's parent in its place (the list's
	 * donor filter), in no particular order.
	 */
	@Query("select d from Organisation d where exists (select 1 from Project p join p.organisations i"
			+ " join i.organisation o where " + VISIBLE + " and i.role = bi.ppsm.site.organisation.Role.FUNDER"
			+ " and ((o = d and o.parent is null) or o.parent = d))")
	List<Organisation> findVisibleDonors(Instant now);

	/** Every province, and the other zones a visible project is in, in the zones' order. */
	@Query("select z from Zone z where z.kind = bi.ppsm.site.zone.ZoneKind.PROVINCE or exists (select 1 from Project p"
			+ " join p.zones pz where " + VISIBLE + " and pz = z) order by z.position, z.name")
	List<Zone> findProvincesAndZonesOfVisibleProjects(Instant now);

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

	/** A page of every project, with its programme (the staff's list shows it: no second statement). */
	@Override
	@EntityGraph(attributePaths = "programme")
	Page<Project> findAll(Pageable pageable);

	/** A page of the projects whose name holds {@code name}, with their programme. */
	@EntityGraph(attributePaths = "programme")
	Page<Project> findByNameContainingIgnoreCase(String name, Pageable pageable);

	List<Project> findAllByOrderByNameAsc();

	/** Every project's id by name (exports then read the projects in batches of these). */
	@Query("select p.id from Project p order by p.name, p.id")
	List<Long> findIdsByName();

	/** These projects with their programme, in no particular order. */
	@Query("select p from Project p join fetch p.programme where p.id in :ids")
	List<Project> findWithProgrammeByIdIn(java.util.Collection<Long> ids);

}
