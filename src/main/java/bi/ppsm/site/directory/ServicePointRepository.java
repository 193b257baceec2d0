package bi.ppsm.site.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServicePointRepository extends JpaRepository<ServicePoint, Long> {

	/**
	 * The published points of a province or commune (a commune's search includes the points of
	 * its province that name no commune), for a need, maybe free only: one query and its count.
	 * The need is a code that is never null (any need: {@code anyKind}), since PostgreSQL cannot
	 * tell the type of a null array element.
	 */
	@Query(value = """
			select p from ServicePoint p join fetch p.organisation join fetch p.province pr left join fetch p.commune c
			where p.published = true
			and (:province is null or pr.id = :province)
			and (:commune is null or c.id = :commune or c.id is null)
			and (:anyKind = true or array_contains(p.services, :kind))
			and (:freeOnly = false or p.free = true)
			order by p.name, p.id""", countQuery = """
			select count(p) from ServicePoint p left join p.commune c
			where p.published = true
			and (:province is null or p.province.id = :province)
			and (:commune is null or c.id = :commune or c.id is null)
			and (:anyKind = true or array_contains(p.services, :kind))
			and (:freeOnly = false or p.free = true)""")
	Page<ServicePoint> search(Long province, Long commune, boolean anyKind, String kind, boolean freeOnly,
			Pageable pageable);

	/** The published points of a zone: those of a province include its communes'. */
	@Query("""
			select p from ServicePoint p join fetch p.organisation join fetch p.province pr left join fetch p.commune c
			where p.published = true and (pr.id = :zone or c.id = :zone)
			order by p.name, p.id""")
	List<ServicePoint> publishedIn(long zone);

	@Query("""
			select p from ServicePoint p join fetch p.organisation join fetch p.province left join fetch p.commune
			where p.published = true order by p.name, p.id""")
	List<ServicePoint> published();

	/** The ids of the published points, in the order of {@link #published()}. */
	@Query("select p.id from ServicePoint p where p.published = true order by p.name, p.id")
	List<Long> publishedIds();

	/** These points with their organisation and zones, in no order (the HSDS services file reads them by batch). */
	@Query("""
			select p from ServicePoint p join fetch p.organisation join fetch p.province left join fetch p.commune
			where p.id in :ids""")
	List<ServicePoint> findWithOrganisationByIdIn(Collection<Long> ids);

	@Query("""
			select p from ServicePoint p join fetch p.organisation join fetch p.province left join fetch p.commune
			where p.id = :id and p.published = true""")
	Optional<ServicePoint> findPublished(long id);

	/** Staff's list: every point, drafts included, by name or organisation. */
	@Query(value = """
			select p from ServicePoint p join fetch p.organisation join fetch p.province left join fetch p.commune
			where lower(p.name) like lower(concat('%', :q, '%'))
			or lower(p.organisation.name) like lower(concat('%', :q, '%'))
			or lower(coalesce(p.organisation.acronym, '')) like lower(concat('%', :q, '%'))
			order by p.name, p.id""", countQuery = """
			select count(p) from ServicePoint p
			where lower(p.name) like lower(concat('%', :q, '%'))
			or lower(p.organisation.name) like lower(concat('%', :q, '%'))
			or lower(coalesce(p.organisation.acronym, '')) like lower(concat('%', :q, '%'))""")
	Page<ServicePoint> adminSearch(String q, Pageable pageable);

	/**
	 * The ids of the HSDS organisations file, in its order: the organisations of the published
	 * points, each where its first point comes by name, then the other members by name.
	 */
	@Query(nativeQuery = true, value = """
			select id from (
			    select * from (
			        select distinct on (p.organisation_id) p.organisation_id as id, 0 as part, p.name as name, p.id as tie
			        from service_point p where p.published order by p.organisation_id, p.name, p.id) as firsts
			    union all
			    select o.id, 1, o.name, o.id from organisation o where o.member
			    and not exists (select 1 from service_point p where p.published and p.organisation_id = o.id)) as ordered
			order by part, name, tie""")
	List<Long> hsdsOrganisationIds();

	/** How many points were last checked before that day, or never. */
	@Query("select count(p) from ServicePoint p where p.verifiedOn is null or p.verifiedOn < :day")
	long countVerifiedBefore(LocalDate day);

	boolean existsByOrganisationId(long organisationId);

	List<ServicePoint> findByOrganisationIdOrderByNameAscIdAsc(long organisationId);

}
