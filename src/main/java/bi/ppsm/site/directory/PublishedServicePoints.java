package bi.ppsm.site.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.zone.Zone;

/**
 * The service points visitors may see: published ones only, with their organisation and zones
 * loaded. Other features (the province and commune pages) list those of a zone with
 * {@link #inZone(Zone)}.
 */
@Component
@Transactional(readOnly = true)
public class PublishedServicePoints {

	static final int PAGE_SIZE = 20;

	private final ServicePointRepository points;

	PublishedServicePoints(ServicePointRepository points) {
		this.points = points;
	}

	/** The published points of a commune, or of a province and all its communes, by name. */
	public List<ServicePoint> inZone(Zone zone) {
		return this.points.publishedIn(zone.getId());
	}

	/** Every published point, by name. */
	public List<ServicePoint> all() {
		return this.points.published();
	}

	Optional<ServicePoint> find(long id) {
		return this.points.findPublished(id);
	}

	/** A page (from 0) of the published points of a place (null: anywhere) for a need (null: any). */
	Page<ServicePoint> search(Zone province, Zone commune, ServiceKind kind, boolean freeOnly, int page) {
		return this.points.search((province != null) ? province.getId() : null,
				(commune != null) ? commune.getId() : null, kind == null, (kind != null) ? kind.name() : "", freeOnly,
				PageRequest.of(page, PAGE_SIZE));
	}

}
