package bi.ppsm.site.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFields;

/** A phase of a project ("Phase II", ongoing, since 2023). */
record PhaseForm(@NotBlank @Size(max = 120) String name, @NotNull ProjectStatus status, LocalDate start,
		DatePrecision startPrecision, LocalDate end, DatePrecision endPrecision) implements PeriodFields {

	static PhaseForm empty() {
		return new PhaseForm(null, ProjectStatus.ONGOING, null, DatePrecision.YEAR, null, DatePrecision.YEAR);
	}

	static PhaseForm from(ProjectPhase phase) {
		Period p = phase.getPeriod();
		return new PhaseForm(phase.getName(), phase.getStatus(), p.getStart(), PeriodFields.orYear(p.getStartPrecision()),
				p.getEnd(), PeriodFields.orYear(p.getEndPrecision()));
	}

}
