package bi.ppsm.site.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	List<Programme> findByPublishedTrueOrderByPosition();

	/** The names of the projects this programme leads, in their order. */
	@Query(value = "select name from project where programme_id = :id order by position", nativeQuery = true)
	List<String> namesOfProjectsLedBy(long id);

	List<Programme> findAllByOrderByPosition();

	List<Programme> findByPublishedFalseOrderByName();

	/** The first drafts by name (the dashboard shows a few and counts the rest). */
	List<Programme> findTop20ByPublishedFalseOrderByName();

	long countByPublishedFalse();

	@EntityGraph(attributePaths = { "objectives" })
	Optional<Programme> findBySlug(String slug);

}
