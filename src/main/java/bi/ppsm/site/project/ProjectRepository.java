package bi.ppsm.site.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import bi.ppsm.site.programme.Programme;

public interface ProjectRepository extends JpaRepository<Project, Long> {

	Optional<Project> findBySlug(String slug);

	/** Published projects a programme leads or that contribute to it. */
	@Query("""
			select distinct p from Project p join fetch p.programme
			left join p.otherProgrammes other
			where p.published = true and (p.programme = :programme or other = :programme)
			order by p.position, p.name""")
	List<Project> findPublishedForProgramme(Programme programme);

	@Query("""
			select p from Project p join fetch p.programme pr
			where p.published = true and pr.published = true
			order by pr.position, p.position, p.name""")
	List<Project> findAllPublished();

	List<Project> findByPublishedFalseOrderByName();

	/** The first drafts by name (the dashboard shows a few and counts the rest). */
	List<Project> findTop20ByPublishedFalseOrderByName();

	long countByPublishedFalse();

	Page<Project> findByNameContainingIgnoreCase(String name, Pageable pageable);

	List<Project> findAllByOrderByNameAsc();

}
