package bi.ppsm.site.figure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HeadlineFigureRepository extends JpaRepository<HeadlineFigure, Long> {

	List<HeadlineFigure> findAllByOrderByPosition();

}
