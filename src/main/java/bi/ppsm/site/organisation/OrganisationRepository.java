package bi.ppsm.site.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByPositionAscNameAsc();

	Optional<Organisation> findBySlug(String slug);

	Page<Organisation> findByNameContainingIgnoreCaseOrAcronymContainingIgnoreCase(String name, String acronym,
			Pageable pageable);

	List<Organisation> findByParentOrderByName(Organisation parent);

}
