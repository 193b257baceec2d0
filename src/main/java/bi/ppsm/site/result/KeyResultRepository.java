package bi.ppsm.site.result;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectKeyResults;

public interface KeyResultRepository extends JpaRepository<KeyResult, Long>, ProjectKeyResults {

	@Query("select r from KeyResult r left join fetch r.project where r.programme = :programme order by r.position")
	List<KeyResult> findByProgramme(Programme programme);

	/** A programme's own results and those of the given projects of it (the ones its page shows). */
	@Query("""
			select r from KeyResult r left join fetch r.project
			where r.programme = :programme and (r.project is null or r.project.id in :projectIds)
			order by r.position, r.id""")
	List<KeyResult> findByProgrammeForProjects(Programme programme, java.util.Collection<Long> projectIds);

	List<KeyResult> findByProjectOrderByPosition(Project project);

	/** Every result, in the order of each programme's and project's list (exports: one query, not one per project). */
	List<KeyResult> findAllByOrderByPositionAscIdAsc();

	/** The results of these projects, in the order of each project's list (exports read projects in batches). */
	List<KeyResult> findByProjectIdInOrderByPositionAscIdAsc(java.util.Collection<Long> projectIds);

	/** The results of the programmes themselves, of no project, in the order of each programme's list. */
	List<KeyResult> findByProjectIsNullOrderByPositionAscIdAsc();

}
