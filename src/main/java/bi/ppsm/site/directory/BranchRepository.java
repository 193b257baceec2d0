package bi.ppsm.site.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BranchRepository extends JpaRepository<Branch, Long> {

	@Query("select b from Branch b left join fetch b.province left join fetch b.commune order by b.position, b.id")
	List<Branch> findAllByOrderByPosition();

}
