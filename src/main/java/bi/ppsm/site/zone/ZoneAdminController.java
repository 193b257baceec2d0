package bi.ppsm.site.zone;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.OrderedList;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.admin.OrderedListAdminController;
import bi.ppsm.site.audit.AuditLog;

/**
 * Staff edit the zones of the site, in their order: a province or commune of one of the two maps
 * (its map year, a commune's province, its validity, a note, whether the sources confirm it) or a
 * wider scope ({@link ZoneRules}); one in use is kept.
 */
@Controller
@RequestMapping(ZoneAdminController.BASE)
class ZoneAdminController extends OrderedListAdminController<Zone, ZoneForm> {

	static final String BASE = "/admin/zones";

	private final ZoneRepository zones;

	private final ZoneLabels labels;

	ZoneAdminController(ZoneRepository zones, AuditLog audit, MessageSource messages) {
		super(zones, audit,
				new OrderedList(BASE, "zone", "admin.nav.zones", "admin/zone/form", List.of("slug", "name", "kind", "mapYear", "province", "validFrom",
						"validTo", "note", "uncertain")));
		this.zones = zones;
		this.labels = new ZoneLabels(messages);
	}

	@ModelAttribute("kinds")
	ZoneKind[] kinds() {
		return ZoneKind.values();
	}

	/** The maps a province or commune belongs to, the map in force first. */
	@ModelAttribute("mapYears")
	List<Option> mapYears() {
		return ProvinceShapes.YEARS.stream()
			.map(y -> new Option(y.longValue(), this.labels.map(y)))
			.toList();
	}

	/** The provinces a commune may belong to, of both maps, each named with its map. */
	@ModelAttribute("provinces")
	List<Option> provinces() {
		return ZoneLabels.byMap(this.zones.findAllByOrderByPositionAscNameAsc())
			.stream()
			.filter(z -> z.getKind() == ZoneKind.PROVINCE && z.getMapYear() != null)
			.map(z -> new Option(z.getId(), this.labels.option(z)))
			.toList();
	}

	@Override
	protected List<Zone> ordered() {
		return this.zones.findAllByOrderByPositionAscNameAsc();
	}

	/** Both maps, each zone with its map year, a commune's province and its validity. */
	@Override
	protected String label(Zone zone) {
		return this.labels.listed(zone);
	}

	@Override
	protected ZoneForm blankForm() {
		return ZoneForm.blank();
	}

	@Override
	protected ZoneForm toForm(Zone zone) {
		return ZoneForm.of(zone);
	}

	@Override
	protected Zone toEntity(ZoneForm form) {
		Zone zone = new Zone(form.slug(), form.name(), form.kind());
		zone.setMapYear(form.mapYear());
		zone.setParent(parent(form.parentId()));
		zone.setValidFrom(form.validFrom());
		zone.setValidTo(form.validTo());
		zone.setNote(form.note());
		zone.setUncertain(form.uncertain());
		return zone;
	}

	@Override
	protected Changes apply(ZoneForm form, Zone zone) {
		return new Changes().set("slug", zone.getSlug(), form.slug(), zone::setSlug)
			.set("name", zone.getName(), form.name(), zone::setName)
			.set("kind", zone.getKind(), form.kind(), zone::setKind)
			.set("mapYear", zone.getMapYear(), form.mapYear(), zone::setMapYear)
			.set("province", (zone.getParent() == null) ? null : zone.getParent().getId(), form.parentId(),
					id -> zone.setParent(parent(id)))
			.set("validFrom", zone.getValidFrom(), form.validFrom(), zone::setValidFrom)
			.set("validTo", zone.getValidTo(), form.validTo(), zone::setValidTo)
			.set("note", zone.getNote(), form.note(), zone::setNote)
			.set("uncertain", zone.isUncertain(), form.uncertain(), zone::setUncertain);
	}

	@Override
	protected void check(ZoneForm form, Long id, BindingResult result) {
		if (result.getTarget() == null) {
			// a value that could not be converted (a date, a number): that error comes first
			return;
		}
		if (form.slug() != null) {
			this.zones.findBySlug(form.slug())
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> result.rejectValue("slug", "slugTaken"));
		}
		Zone current = (id == null) ? null : this.zones.findById(id).orElse(null);
		boolean hasCommunes = id != null && this.zones.existsByParentId(id);
		Optional<Zone> parent = (form.parentId() == null) ? Optional.empty() : this.zones.findById(form.parentId());
		ZoneRules.check(form, id, parent, hasCommunes, current, result);
	}

	private Zone parent(Long id) {
		return (id == null) ? null : this.zones.findById(id).orElse(null);
	}

	@Override
	protected List<String> usages(long id) {
		return this.zones.namesUsing(id);
	}

}
