package bi.ppsm.site.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	List<Programme> findByPublishedTrueOrderByPosition();

	List<Programme> findAllByOrderByPosition();

	List<Programme> findByPublishedFalseOrderByName();

	@EntityGraph(attributePaths = { "objectives" })
	Optional<Programme> findBySlug(String slug);

	default Optional<Programme> findPublishedBySlug(String slug) {
		return findBySlug(slug).filter(Programme::isPublished);
	}

}
