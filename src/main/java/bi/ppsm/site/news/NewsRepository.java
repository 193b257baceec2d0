package bi.ppsm.site.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.system.ScheduledVisibility;

/**
 * News items. The public queries take the time to judge publication by ({@code now}, from the
 * application clock) and return only the visible items, newest first, with their cover image.
 */
public interface NewsRepository extends JpaRepository<NewsItem, Long>, ScheduledVisibility {

	String VISIBLE = "n.publishAt <= :now and (n.unpublishAt is null or n.unpublishAt > :now)";

	String NEWEST = " order by n.publishAt desc, n.id desc";

	/*
	 * The news of a programme or project are read from the link table (a join), not tested
	 * item by item ("member of"): PostgreSQL would walk every visible item, newest first, until
	 * it found the few of the project (4 000 items for a project with 5, 85 ms; issue 19).
	 */

	@EntityGraph(attributePaths = "cover")
	@Query(value = "select n from NewsItem n where " + VISIBLE + NEWEST,
			countQuery = "select count(n) from NewsItem n where " + VISIBLE)
	Page<NewsItem> findVisible(Instant now, Pageable pageable);

	@EntityGraph(attributePaths = "cover")
	@Query(value = "select n from NewsItem n join n.programmes g where g = :programme and " + VISIBLE + NEWEST,
			countQuery = "select count(n) from NewsItem n join n.programmes g where g = :programme and " + VISIBLE)
	Page<NewsItem> findVisibleForProgramme(Programme programme, Instant now, Pageable pageable);

	/** The newest visible items, without counting them all (a block of a page). */
	@EntityGraph(attributePaths = "cover")
	@Query("select n from NewsItem n where " + VISIBLE + NEWEST)
	List<NewsItem> findLatest(Instant now, Pageable pageable);

	@EntityGraph(attributePaths = "cover")
	@Query("select n from NewsItem n join n.programmes g where g = :programme and " + VISIBLE + NEWEST)
	List<NewsItem> findLatestForProgramme(Programme programme, Instant now, Pageable pageable);

	@EntityGraph(attributePaths = "cover")
	@Query("select n from NewsItem n join n.projects p where p = :project and " + VISIBLE + NEWEST)
	List<NewsItem> findVisibleForProject(Project project, Instant now, Pageable pageable);

	/** Visible items sharing a project with {@code item}, without it. */
	@EntityGraph(attributePaths = "cover")
	@Query("select n from NewsItem n where n <> :item and " + VISIBLE
			+ " and n.id in (select s.id from NewsItem s join s.projects p"
			+ " where p in (select op from NewsItem o join o.projects op where o = :item))"
			+ NEWEST)
	List<NewsItem> findVisibleSharingAProject(NewsItem item, Instant now, Pageable pageable);

	@EntityGraph(attributePaths = "cover")
	Optional<NewsItem> findBySlug(String slug);

	/** Whether an item went public or came off between the two times (last check excluded). */
	@Query("""
			select count(n) > 0 from NewsItem n
			where (n.publishAt > :since and n.publishAt <= :now) or (n.unpublishAt > :since and n.unpublishAt <= :now)""")
	@Override
	boolean anyChangeOfVisibility(Instant since, Instant now);

	/**
	 * The admin list: titles containing {@code q} (empty: all), of one status (null: all),
	 * newest first (a draft by its creation time).
	 */
	@EntityGraph(attributePaths = "cover")
	@Query(value = """
			select n from NewsItem n
			where lower(n.title) like lower(concat('%', :q, '%'))
			and (:status is null
				or (:status = 'DRAFT' and n.publishAt is null)
				or (:status = 'SCHEDULED' and n.publishAt > :now)
				or (:status = 'PUBLISHED' and n.publishAt <= :now and (n.unpublishAt is null or n.unpublishAt > :now))
				or (:status = 'EXPIRED' and n.publishAt <= :now and n.unpublishAt <= :now))
			order by coalesce(n.publishAt, n.createdAt) desc, n.id desc""",
			countQuery = """
			select count(n) from NewsItem n
			where lower(n.title) like lower(concat('%', :q, '%'))
			and (:status is null
				or (:status = 'DRAFT' and n.publishAt is null)
				or (:status = 'SCHEDULED' and n.publishAt > :now)
				or (:status = 'PUBLISHED' and n.publishAt <= :now and (n.unpublishAt is null or n.unpublishAt > :now))
				or (:status = 'EXPIRED' and n.publishAt <= :now and n.unpublishAt <= :now))""")
	Page<NewsItem> search(String q, String status, Instant now, Pageable pageable);

	/** The titles of the items whose cover is that image. */
	@Query("select n.title from NewsItem n where n.cover.id = :imageId order by n.title")
	List<String> titlesWithCover(long imageId);

}
