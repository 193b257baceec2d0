package bi.ppsm.site.zone;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.OrderedList;
import bi.ppsm.site.admin.OrderedListAdminController;
import bi.ppsm.site.audit.AuditLog;

/** Staff edit the zones of the site, in their order; one in use is kept. */
@Controller
@RequestMapping(ZoneAdminController.BASE)
class ZoneAdminController extends OrderedListAdminController<Zone, ZoneForm> {

	static final String BASE = "/admin/zones";

	private final ZoneRepository zones;

	private final ZoneLabels labels;

	ZoneAdminController(ZoneRepository zones, AuditLog audit, MessageSource messages) {
		super(zones, audit,
				new OrderedList(BASE, "zone", "admin.nav.zones", "admin/zone/form", List.of("slug", "name", "kind")));
		this.zones = zones;
		this.labels = new ZoneLabels(messages);
	}

	@ModelAttribute("kinds")
	ZoneKind[] kinds() {
		return ZoneKind.values();
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
		return new ZoneForm(null, null, ZoneKind.PROVINCE, 0);
	}

	@Override
	protected ZoneForm toForm(Zone zone) {
		return new ZoneForm(zone.getSlug(), zone.getName(), zone.getKind(), zone.getVersion());
	}

	@Override
	protected Zone toEntity(ZoneForm form) {
		return new Zone(form.slug(), form.name(), form.kind());
	}

	@Override
	protected Changes apply(ZoneForm form, Zone zone) {
		return new Changes().set("slug", zone.getSlug(), form.slug(), zone::setSlug)
			.set("name", zone.getName(), form.name(), zone::setName)
			.set("kind", zone.getKind(), form.kind(), zone::setKind);
	}

	@Override
	protected void check(ZoneForm form, Long id, BindingResult result) {
		if (form.slug() != null) {
			this.zones.findBySlug(form.slug())
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> result.rejectValue("slug", "slugTaken"));
		}
	}

	@Override
	protected List<String> usages(long id) {
		return this.zones.namesUsing(id);
	}

}
