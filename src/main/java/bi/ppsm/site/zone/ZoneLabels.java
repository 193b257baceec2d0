package bi.ppsm.site.zone;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How the back office names a zone, so that the Gitega of 2015 and the Gitega of 2025 are never
 * confused: its map, a commune's province and, in the zones list, its validity.
 */
public class ZoneLabels {

	/** The maps in the order of the admin's choice lists: the map in force first, wider scopes last. */
	public static final Comparator<Zone> BY_MAP = Comparator
		.comparingInt((Zone z) -> (z.getMapYear() == null) ? Integer.MIN_VALUE : z.getMapYear())
		.reversed()
		.thenComparingInt(Zone::getPosition)
		.thenComparing(Zone::getName);

	private final MessageSource messages;

	public ZoneLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The zones by map, the map in force first. */
	public static List<Zone> byMap(List<Zone> zones) {
		return zones.stream().sorted(BY_MAP).toList();
	}

	/** A check-box label: "Gitega (carte 2025)", "Mukaza (commune, Bujumbura, carte 2025)". */
	public String option(Zone zone) {
		if (zone.getMapYear() == null) {
			return zone.getName();
		}
		String year = String.valueOf(zone.getMapYear());
		if (zone.getKind() == ZoneKind.COMMUNE && zone.getParent() != null) {
			return message("admin.zone.option.commune", zone.getName(), zone.getParent().getName(), year);
		}
		return message("admin.zone.option.province", zone.getName(), year);
	}

	/** A map in the zone form: "Carte de 2025 (5 provinces, 42 communes)". */
	public String map(int year) {
		return message("admin.zone.map." + year, String.valueOf(year));
	}

	/** A line of the zones list, with the validity: "Gitega — province, carte 2015, de 2015 à 2025". */
	public String listed(Zone zone) {
		if (zone.getMapYear() == null) {
			return zone.getName();
		}
		String year = String.valueOf(zone.getMapYear());
		String validity = (zone.getValidFrom() == null) ? ""
				: (zone.getValidTo() == null)
						? message("admin.zone.valid.since", String.valueOf(zone.getValidFrom()))
						: message("admin.zone.valid.between", String.valueOf(zone.getValidFrom()),
								String.valueOf(zone.getValidTo().minusDays(1)));
		// a zone staff added without dates: no dangling comma
		String suffix = validity.isEmpty() ? ".undated" : "";
		if (zone.getKind() == ZoneKind.COMMUNE && zone.getParent() != null) {
			return message("admin.zone.list.commune" + suffix, zone.getName(), zone.getParent().getName(), year,
					validity);
		}
		return message("admin.zone.list.province" + suffix, zone.getName(), year, validity);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, String.valueOf(args[0]), LocaleContextHolder.getLocale());
	}

}
