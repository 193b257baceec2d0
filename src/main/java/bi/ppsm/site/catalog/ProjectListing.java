package bi.ppsm.site.catalog;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.zone.Zone;

/**
 * The public project list (issue 19): filtered, counted and paged in SQL with the visibility rule
 * ({@link ProjectRepository#VISIBLE}); only the projects of the page shown are loaded with their
 * relations. The filter's choices come from small queries, not from the projects.
 */
@Service
@Transactional(readOnly = true)
class ProjectListing {

	/** Projects on a page of the list. */
	static final int PAGE_SIZE = 24;

	private final ProjectRepository projects;

	private final Catalog catalog;

	ProjectListing(ProjectRepository projects, Catalog catalog) {
		this.projects = projects;
		this.catalog = catalog;
	}

	/**
	 * The page {@code number} (from 0) of the projects the parameters keep; values that match no
	 * status, donor or zone are dropped, and a number beyond the last page shows the last.
	 */
	Listing list(String statut, String bailleur, String zone, int number) {
		Instant now = this.catalog.now();
		List<Organisation> donors = this.projects.findVisibleDonors(now)
			.stream()
			.sorted(Comparator.comparing(Organisation::getLabel))
			.toList();
		List<Zone> zones = this.projects.findProvincesAndZonesOfVisibleProjects(now);
		ProjectFilter filter = ProjectFilter.of(statut, bailleur, zone, donors, zones);
		long matching = this.projects.countVisibleMatching(now, filter.statut(), filter.bailleur(), filter.zone(),
				filter.zoneIsProvince());
		int pages = (int) Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
		PageRequest request = PageRequest.of(Math.min(number, pages - 1), PAGE_SIZE);
		List<Project> shown = (matching == 0) ? List.of()
				: this.projects.findVisibleMatching(now, filter.statut(), filter.bailleur(), filter.zone(),
						filter.zoneIsProvince(), request);
		shown.forEach(Catalog::load);
		return new Listing(filter, new PageImpl<>(shown, request, matching), this.projects.countVisible(now), donors,
				zones);
	}

	/** A page of the list with the filter kept, the number of visible projects and the filter's choices. */
	record Listing(ProjectFilter filter, Page<Project> projects, long total, List<Organisation> donors,
			List<Zone> zones) {
	}

}
