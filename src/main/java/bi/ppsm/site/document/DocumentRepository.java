package bi.ppsm.site.document;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

	/** A programme's published documents, newest first; the files stay in their own table. */
	@Query("""
			select d from Document d join d.programmes p
			where p.id = :programmeId and d.published = true
			order by d.date desc, d.id desc""")
	List<Document> findPublishedForProgramme(long programmeId);

	@Query("""
			select d from Document d join d.projects p
			where p.id = :projectId and d.published = true
			order by d.date desc, d.id desc""")
	List<Document> findPublishedForProject(long projectId);

	/** The years that published documents are dated, newest first (the public year filter). */
	@Query("select distinct year(d.date) from Document d where d.published = true order by 1 desc")
	List<Integer> publishedYears();

	Page<Document> findByTitleContainingIgnoreCase(String title, Pageable pageable);

}
