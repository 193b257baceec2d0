package bi.ppsm.site.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.admin.Option;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneKind;
import bi.ppsm.site.zone.ZoneRepository;

/**
 * The provinces and communes of Burundi's 2025 map, where the directory places its entries:
 * choices for the forms, and the check that a commune belongs to the chosen province.
 */
@Component
class Places {

	static final int MAP_YEAR = 2025;

	private final ZoneRepository zones;

	Places(ZoneRepository zones) {
		this.zones = zones;
	}

	List<Zone> provinces() {
		return this.zones.findAllByOrderByPositionAscNameAsc()
			.stream()
			.filter(z -> z.getKind() == ZoneKind.PROVINCE && z.isOnMap(MAP_YEAR))
			.sorted(Comparator.comparing(Zone::getName))
			.toList();
	}

	List<Zone> communes() {
		return this.zones.findAllByOrderByPositionAscNameAsc()
			.stream()
			.filter(z -> z.getKind() == ZoneKind.COMMUNE && z.isOnMap(MAP_YEAR))
			.sorted(Comparator.comparing(Zone::getName))
			.toList();
	}

	/** The provinces, each with its communes, for grouped choices. */
	List<Province> tree() {
		List<Zone> communes = communes();
		return provinces().stream()
			.map(p -> new Province(p, communes.stream()
				.filter(c -> c.getParent() != null && c.getParent().getId().equals(p.getId()))
				.toList()))
			.toList();
	}

	List<Option> provinceOptions() {
		return provinces().stream().map(z -> new Option(z.getId(), z.getName())).toList();
	}

	Optional<Zone> province(Long id) {
		return (id == null) ? Optional.empty()
				: this.zones.findById(id).filter(z -> z.getKind() == ZoneKind.PROVINCE && z.isOnMap(MAP_YEAR));
	}

	Optional<Zone> commune(Long id) {
		return (id == null) ? Optional.empty()
				: this.zones.findById(id).filter(z -> z.getKind() == ZoneKind.COMMUNE && z.isOnMap(MAP_YEAR));
	}

	Optional<Zone> bySlug(String slug) {
		return (slug == null || slug.isBlank()) ? Optional.empty() : this.zones.findBySlug(slug)
			.filter(z -> z.isOnMap(MAP_YEAR) && (z.getKind() == ZoneKind.PROVINCE || z.getKind() == ZoneKind.COMMUNE));
	}

	/**
	 * Rejects a province that is not one of the 2025 map ({@code required}: it must be given),
	 * a commune that is not one, and a commune of another province.
	 */
	void check(PlaceFields form, boolean required, BindingResult result) {
		if (form.province() == null) {
			if (required && !result.hasFieldErrors("province")) {
				result.rejectValue("province", "NotNull");
			}
			if (form.commune() != null && commune(form.commune()).isEmpty()) {
				result.rejectValue("commune", "communeUnknown");
			}
			return;
		}
		Optional<Zone> province = province(form.province());
		if (province.isEmpty()) {
			result.rejectValue("province", "provinceUnknown");
			return;
		}
		if (form.commune() != null) {
			Optional<Zone> commune = commune(form.commune());
			if (commune.isEmpty()) {
				result.rejectValue("commune", "communeUnknown");
			}
			else if (commune.get().getParent() == null
					|| !commune.get().getParent().getId().equals(province.get().getId())) {
				result.rejectValue("commune", "communeOtherProvince",
						new Object[] { commune.get().getName(), province.get().getName() }, null);
			}
		}
	}

	/** A province and its communes. */
	record Province(Zone zone, List<Zone> communes) {
	}

}
