package bi.ppsm.site.media;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ImageRepository extends JpaRepository<Image, Long> {

	/** Images whose alt text, caption, credit or file name holds the words, in any case. */
	@Query("""
			select i from Image i where lower(coalesce(i.altText, '')) like lower(concat('%', :q, '%'))
			or lower(coalesce(i.caption, '')) like lower(concat('%', :q, '%'))
			or lower(coalesce(i.credit, '')) like lower(concat('%', :q, '%'))
			or lower(i.originalName) like lower(concat('%', :q, '%'))""")
	Page<Image> search(@Param("q") String q, Pageable pageable);

	/** What a public page may show: no recognisable person, or their consent recorded; described. */
	@Query("""
			select i from Image i where (i.showsPeople = false or i.consentRecorded = true)
			and (i.decorative = true or i.altText is not null) order by i.createdAt desc, i.id desc""")
	List<Image> findPublishable();

	List<Image> findByIdIn(java.util.Collection<Long> ids);

}
