package bi.ppsm.site.project;


import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.period.DateParts;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFields;

/** A phase of a project ("Phase II", ongoing, since 2023). */
record PhaseForm(@NotBlank @Size(max = 120) String name, @NotNull ProjectStatus status, String startYear,
		String startMonth, String startDay, String endYear, String endMonth, String endDay) implements PeriodFields {

	static PhaseForm empty() {
		return new PhaseForm(null, ProjectStatus.ONGOING, null, null, null, null, null, null);
	}

	static PhaseForm from(ProjectPhase phase) {
		Period p = phase.getPeriod();
		DateParts start = DateParts.of(p.getStart(), p.getStartPrecision());
		DateParts end = DateParts.of(p.getEnd(), p.getEndPrecision());
		return new PhaseForm(phase.getName(), phase.getStatus(), start.year(), start.month(), start.day(), end.year(),
				end.month(), end.day());
	}

}
