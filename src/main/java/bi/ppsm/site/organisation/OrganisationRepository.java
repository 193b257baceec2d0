package bi.ppsm.site.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByPositionAscNameAsc();

	Optional<Organisation> findBySlug(String slug);

	/** The members of the PPSM, for /membres. */
	List<Organisation> findByMemberTrueOrderByNameAsc();

	Page<Organisation> findByNameContainingIgnoreCaseOrAcronymContainingIgnoreCase(String name, String acronym,
			Pageable pageable);

	List<Organisation> findByParentOrderByName(Organisation parent);

	List<Organisation> findByLogoImageIdOrderByName(Long logoImageId);

	/**
	 * The programmes, then the projects, it funds or is a partner of, then its service points
	 * (directory), then the accounts of its member contributors, each by name and once.
	 */
	@Query(nativeQuery = true, value = """
			select name from (
			  select distinct 1 as kind, p.name from programme p
			  join programme_organisation u on u.programme_id = p.id where u.organisation_id = :id
			  union all
			  select distinct 2 as kind, p.name from project p
			  join project_organisation u on u.project_id = p.id where u.organisation_id = :id
			  union all
			  select distinct 3 as kind, s.name from service_point s where s.organisation_id = :id
			  union all
			  select distinct 4 as kind, a.display_name from staff_account a where a.organisation_id = :id
			) used order by kind, name""")
	List<String> namesUsing(long id);

}
