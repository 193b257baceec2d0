package bi.ppsm.site.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.zone.ProvinceShapes;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneKind;
import bi.ppsm.site.zone.ZoneRepository;
import bi.ppsm.site.zone.ZoneSuccession;
import bi.ppsm.site.zone.ZoneSuccessionRepository;

/**
 * The maps of where the PPSM works (Burundi's provinces of 2015 or of 2025, each shaded by how
 * many programmes and projects are there) and the page of each province and commune. On the 2025
 * map a province also counts, apart, the work linked to the old provinces that went wholly into
 * it; a province split between two new ones is never counted for either.
 */
@Service
@Transactional(readOnly = true)
public class ZoneMaps {

	/** The map shown when none is asked for: the map in force. */
	public static final int DEFAULT_YEAR = 2025;

	private final Catalog catalog;

	private final ZoneRepository zones;

	private final ZoneSuccessionRepository successions;

	private final ProvinceShapes shapes;

	ZoneMaps(Catalog catalog, ZoneRepository zones, ZoneSuccessionRepository successions, ProvinceShapes shapes) {
		this.catalog = catalog;
		this.zones = zones;
		this.successions = successions;
		this.shapes = shapes;
	}

	/** The map of a year ({@link ProvinceShapes#YEARS}) with what is in each province. */
	public ZoneMap map(int year) {
		return map(year, this.catalog.programmes(), this.catalog.projects());
	}

	/** The same, for programmes and projects the caller has already loaded from the catalogue. */
	public ZoneMap map(int year, List<Programme> programmes, List<Project> projects) {
		return map(year, programmes, projects, List.of(), false);
	}

	/**
	 * A small map of the provinces of these zones (a commune lights its province), on the 2025 map
	 * when one of them is on it, else on the 2015 map; empty when none is a province or commune.
	 */
	public Optional<ZoneMap> highlighting(Collection<Zone> chosen) {
		Optional<Integer> year = ProvinceShapes.YEARS.stream()
			.filter(y -> chosen.stream().anyMatch(z -> z.isOnMap(y)))
			.findFirst();
		return year.map(y -> map(y, List.of(), List.of(), chosen.stream().map(ZoneMaps::provinceId).toList(), true));
	}

	/** The page of a province or commune; wider scopes and unknown slugs have none. */
	public Optional<ZonePage> page(String slug) {
		return this.zones.findBySlug(slug).filter(z -> z.getMapYear() != null).map(this::page);
	}

	private ZonePage page(Zone zone) {
		Hibernate.initialize(zone.getParent());
		List<Programme> programmes = this.catalog.programmes();
		List<Project> projects = this.catalog.projects();
		List<ZoneSuccession> all = this.successions.findAllByOrderByIdAsc();
		Zone province = province(zone);
		List<Zone> communes = this.zones.findAllByOrderByPositionAscNameAsc()
			.stream()
			.filter(z -> z.getKind() == ZoneKind.COMMUNE && zone.equals(z.getParent()))
			.toList();
		List<ZoneSuccession> successors = all.stream().filter(s -> s.getOldZone().equals(zone)).toList();
		List<ZoneSuccession> origins = all.stream().filter(s -> s.getNewZone().equals(zone)).toList();
		Activity direct = Activity.of(programmes, projects, in(zone));
		Activity inherited = (zone.getKind() == ZoneKind.PROVINCE) ? inherited(zone, all, programmes, projects, direct)
				: Activity.NONE;
		ZoneMap map = map(zone.getMapYear(), List.of(), List.of(), List.of(province.getId()), true);
		return new ZonePage(zone, communes, successors, origins, direct, inherited, map);
	}

	private ZoneMap map(int year, List<Programme> programmes, List<Project> projects, List<Long> highlighted,
			boolean small) {
		ProvinceShapes.Drawing drawing = this.shapes.of(year);
		List<ZoneSuccession> all = (small || year == 2015) ? List.of() : this.successions.findAllByOrderByIdAsc();
		List<MapProvince> provinces = new ArrayList<>();
		for (Zone zone : this.zones.findAllByOrderByPositionAscNameAsc()) {
			String path = drawing.paths().get(zone.getSlug());
			// a province staff added has no shape until the boundary files draw it: the table lists it
			if (zone.getKind() != ZoneKind.PROVINCE || !zone.isOnMap(year) || (path == null && small)) {
				continue;
			}
			Activity direct = small ? Activity.NONE : Activity.of(programmes, projects, in(zone));
			Activity inherited = small ? Activity.NONE : inherited(zone, all, programmes, projects, direct);
			provinces.add(new MapProvince(zone, path, direct, inherited, highlighted.contains(zone.getId())));
		}
		provinces.sort(java.util.Comparator.comparing(p -> p.zone().getName()));
		return new ZoneMap(year, drawing.viewBox(), provinces, small);
	}

	/** The work linked to old provinces that went wholly (as far as the sources confirm) into this one. */
	private static Activity inherited(Zone province, List<ZoneSuccession> all, List<Programme> programmes,
			List<Project> projects, Activity direct) {
		List<Zone> olds = all.stream()
			.filter(s -> s.getNewZone().equals(province) && s.isConfirmedWhole())
			.map(ZoneSuccession::getOldZone)
			.toList();
		if (olds.isEmpty()) {
			return Activity.NONE;
		}
		Predicate<Zone> inOld = olds::contains;
		return new Activity(
				programmes.stream()
					.filter(p -> !direct.programmes().contains(p) && p.getZones().stream().anyMatch(inOld))
					.toList(),
				projects.stream()
					.filter(p -> !direct.projects().contains(p) && p.getZones().stream().anyMatch(inOld))
					.toList());
	}

	/** The zone itself, or a commune of it. */
	private static Predicate<Zone> in(Zone zone) {
		return z -> z.equals(zone) || zone.equals(z.getParent());
	}

	/** The id of the zone's province, read without loading a lazy parent. */
	private static Long provinceId(Zone zone) {
		return (zone.getKind() == ZoneKind.COMMUNE && zone.getParent() != null) ? zone.getParent().getId() : zone.getId();
	}

	private static Zone province(Zone zone) {
		return (zone.getKind() == ZoneKind.COMMUNE && zone.getParent() != null) ? zone.getParent() : zone;
	}

	/** Programmes and projects, each list in its catalogue order. */
	public record Activity(List<Programme> programmes, List<Project> projects) {

		static final Activity NONE = new Activity(List.of(), List.of());

		static Activity of(List<Programme> programmes, List<Project> projects, Predicate<Zone> where) {
			return new Activity(programmes.stream().filter(p -> p.getZones().stream().anyMatch(where)).toList(),
					projects.stream().filter(p -> p.getZones().stream().anyMatch(where)).toList());
		}

		public int size() {
			return this.programmes.size() + this.projects.size();
		}

		public boolean isEmpty() {
			return size() == 0;
		}

	}

	/**
	 * A province with what is there and whether the map lights it; its path is null when the
	 * boundary files do not draw it (then only the table lists it).
	 */
	public record MapProvince(Zone zone, String path, Activity direct, Activity inherited, boolean highlighted) {

		/** The upper bound of each shade step but the last: 0, 1, 2–3, 4–6, 7 and more. */
		static final int[] STEPS = { 0, 1, 3, 6 };

		public boolean isDrawn() {
			return this.path != null;
		}

		public int total() {
			return this.direct.size() + this.inherited.size();
		}

		/** The shade step, 0 (nothing) to 4 (7 and more), the CSS class {@code shade-N}. */
		public int shade() {
			int total = total();
			for (int i = 0; i < STEPS.length; i++) {
				if (total <= STEPS[i]) {
					return i;
				}
			}
			return STEPS.length;
		}

	}

	/** The drawing of one map year: its box and its provinces by name. */
	public record ZoneMap(int year, String viewBox, List<MapProvince> provinces, boolean small) {

		public boolean hasInherited() {
			return this.provinces.stream().anyMatch(p -> !p.inherited().isEmpty());
		}

	}

	/**
	 * A province's or commune's page: for a 2015 province where it went, for a 2025 province its
	 * communes and where it came from; what is there, and the map lighting it (or its province).
	 */
	public record ZonePage(Zone zone, List<Zone> communes, List<ZoneSuccession> successors,
			List<ZoneSuccession> origins, Activity direct, Activity inherited, ZoneMap map) {

		public Zone province() {
			return (this.zone.getKind() == ZoneKind.COMMUNE) ? this.zone.getParent() : null;
		}

		/** The rows the sources confirm; uncertain ones are shown apart, as uncertain. */
		public List<ZoneSuccession> confirmedSuccessors() {
			return this.successors.stream().filter(s -> !s.isUncertain()).toList();
		}

		public List<ZoneSuccession> uncertainSuccessors() {
			return this.successors.stream().filter(ZoneSuccession::isUncertain).toList();
		}

		public List<ZoneSuccession> confirmedOrigins() {
			return this.origins.stream().filter(s -> !s.isUncertain()).toList();
		}

		public List<ZoneSuccession> uncertainOrigins() {
			return this.origins.stream().filter(ZoneSuccession::isUncertain).toList();
		}

	}

}
