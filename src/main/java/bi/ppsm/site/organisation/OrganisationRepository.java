package bi.ppsm.site.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByPositionAscNameAsc();

	Optional<Organisation> findBySlug(String slug);

}
