package bi.ppsm.site.mission;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The repository of an ordered list of texts. */
@NoRepositoryBean
public interface TextEntryRepository<T extends TextEntry> extends JpaRepository<T, Long> {

	List<T> findAllByOrderByPosition();

}
