package bi.ppsm.site.services;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceItemRepository extends JpaRepository<ServiceItem, Long> {

	List<ServiceItem> findAllByOrderByPosition();

}
