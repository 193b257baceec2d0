package bi.ppsm.site.iati;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.Project;

/**
 * A programme (hierarchy 1) or a project (hierarchy 2) as an IATI activity: what the file says
 * of it, in the terms of the standard, and what the readiness rules check.
 * @param kind {@code programme} or {@code project}
 * @param suffix the end of its identifier, after the organisation's: {@code PROG12}, {@code PROJ3}
 * (ids never change, so the identifier stays the same whatever staff rename)
 * @param frozenIdentifier the identifier stored at its first export, else null
 * @param status IATI ActivityStatus code
 * @param planned the planned start and end (activity-date types 1 and 3)
 * @param actual the actual start and end (types 2 and 4)
 */
public record Activity(String kind, long id, String slug, String suffix, String frozenIdentifier, int hierarchy, String title,
		String description, String status, Period planned, Period actual, List<SectorShare> sectors,
		List<Involvement> organisations, List<BudgetLine> budgets, Long parentId, Instant updatedAt,
		boolean published) {

	static Activity of(Programme p, LocalDate today, Instant now) {
		// a programme has one period, as the seed gives it: what has begun or ended is actual, the rest planned
		Period period = p.getPeriod();
		boolean started = period.getStart() != null && !period.getStart().isAfter(today);
		boolean ended = period.isOverOn(today);
		Period planned = new Period(started ? null : period.getStart(), period.getStartPrecision(),
				ended ? null : period.getEnd(), period.getEndPrecision());
		Period actual = new Period(started ? period.getStart() : null, period.getStartPrecision(),
				ended ? period.getEnd() : null, period.getEndPrecision());
		return new Activity("programme", p.getId(), p.getSlug(), "PROG" + p.getId(), p.getIatiIdentifier(), 1,
				p.getName(), p.getSummary(), ended ? "3" : "2", planned, actual, p.getSectors(), p.getOrganisations(),
				List.of(), null, p.getUpdatedAt(), p.isVisibleAt(now));
	}

	static Activity of(Project p, Instant now) {
		String status = switch (p.getStatus()) {
			case PLANNED -> "1";
			case ONGOING -> "2";
			case FINISHED -> "3";
		};
		return new Activity("project", p.getId(), p.getSlug(), "PROJ" + p.getId(), p.getIatiIdentifier(), 2, p.getName(),
				(p.getDescription() != null) ? p.getDescription() : p.getBackground(), status, p.getPeriod(),
				p.getActualPeriod(), p.getSectors(), p.getOrganisations(), new ArrayList<>(p.getBudgetLines()),
				p.getProgramme().getId(), p.getUpdatedAt(), p.isVisibleAt(now));
	}

	/** The identifier: the frozen one, else the one it would get now. */
	String identifier(String organisation) {
		return (this.frozenIdentifier != null) ? this.frozenIdentifier : organisation + "-" + this.suffix;
	}

	/** The organisation identifier it was frozen with, when that is no longer the current one (IATI's "previous reporting organisation"). */
	String previousOrganisation(String organisation) {
		String identifier = identifier(organisation);
		if (identifier.startsWith(organisation + "-")) {
			return null;
		}
		int cut = identifier.lastIndexOf('-');
		return (cut > 0) ? identifier.substring(0, cut) : identifier;
	}

	public boolean isProgramme() {
		return "programme".equals(this.kind);
	}

}
