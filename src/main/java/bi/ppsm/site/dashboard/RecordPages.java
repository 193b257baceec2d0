package bi.ppsm.site.dashboard;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.figure.HeadlineFigureRepository;
import bi.ppsm.site.media.ImageRepository;
import bi.ppsm.site.mission.MissionRepository;
import bi.ppsm.site.mission.PerspectiveRepository;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.news.NewsRepository;
import bi.ppsm.site.programme.ObjectiveRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectPhaseRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.services.ServiceItemRepository;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

/**
 * The edit page of a record named in the audit log, by its entity type and id, when the record
 * still exists; a deleted record, or a type without an edit page, has none.
 */
@Component
class RecordPages {

	private final Map<String, Function<Long, Optional<String>>> pages;

	RecordPages(ProgrammeRepository programmes, ProjectRepository projects, KeyResultRepository results,
			ObjectiveRepository objectives, ProjectPhaseRepository phases, ServiceItemRepository services,
			HeadlineFigureRepository figures, ZoneRepository zones, TargetGroupRepository targetGroups,
			MissionRepository missions, PerspectiveRepository perspectives, OrganisationRepository organisations,
			StaffAccountRepository accounts, NewsRepository news, ImageRepository images) {
		this.pages = Map.ofEntries(Map.entry("programme", page(programmes, "/admin/programmes/")),
				Map.entry("project", page(projects, "/admin/projets/")),
				Map.entry("key-result", page(results, "/admin/resultats/")),
				Map.entry("objective", id -> objectives.findById(id)
					.map(o -> "/admin/programmes/" + o.getProgramme().getId() + "/objectifs/" + id)),
				Map.entry("phase", id -> phases.findById(id)
					.map(p -> "/admin/projets/" + p.getProject().getId() + "/phases/" + id)),
				Map.entry("service", page(services, "/admin/services/")),
				Map.entry("figure", page(figures, "/admin/chiffres/")),
				Map.entry("zone", page(zones, "/admin/zones/")),
				Map.entry("target-group", page(targetGroups, "/admin/groupes-cibles/")),
				Map.entry("mission", page(missions, "/admin/missions/")),
				Map.entry("perspective", page(perspectives, "/admin/perspectives/")),
				Map.entry("organisation", page(organisations, "/admin/organisations/")),
				Map.entry("settings", id -> Optional.of("/admin/parametres")),
				Map.entry("image", page(images, "/admin/images/")),
				Map.entry("account", page(accounts, "/admin/comptes/")),
				Map.entry("news", page(news, "/admin/actualites/")));
	}

	/**
	 * @param administrator whether the reader may open accounts, which only administrators edit
	 * @return the path of the record's edit page, or null
	 */
	@Transactional(readOnly = true)
	String of(String entityType, String entityId, boolean administrator) {
		Function<Long, Optional<String>> page = this.pages.get(entityType);
		Long id = number(entityId);
		if (page == null || id == null || ("account".equals(entityType) && !administrator)) {
			return null;
		}
		return page.apply(id).orElse(null);
	}

	private static Function<Long, Optional<String>> page(CrudRepository<?, Long> repository, String base) {
		return id -> repository.existsById(id) ? Optional.of(base + id) : Optional.empty();
	}

	private static Long number(String id) {
		try {
			return (id == null) ? null : Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
