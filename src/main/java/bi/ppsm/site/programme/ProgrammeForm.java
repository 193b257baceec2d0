package bi.ppsm.site.programme;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFields;

/** Everything the public page of a programme shows, as staff edit it. */
record ProgrammeForm(@NotBlank @Size(max = 120) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 200) String name, @Size(max = 600) String cardText, @NotBlank String summary,
		LocalDate start, DatePrecision startPrecision, LocalDate end, DatePrecision endPrecision,
		@Size(max = 300) String projectsNote, Boolean published, List<Long> zones, List<Long> funders,
		List<Long> partners, List<Long> targetGroups, Integer version) implements PeriodFields, RelationFields {

	ProgrammeForm {
		zones = RelationFields.orEmpty(zones);
		funders = RelationFields.orEmpty(funders);
		partners = RelationFields.orEmpty(partners);
		targetGroups = RelationFields.orEmpty(targetGroups);
	}

	static ProgrammeForm empty() {
		return new ProgrammeForm(null, null, null, null, null, DatePrecision.YEAR, null, DatePrecision.YEAR, null,
				Boolean.FALSE, null, null, null, null, 0);
	}

	static ProgrammeForm from(Programme p) {
		Period period = p.getPeriod();
		return new ProgrammeForm(p.getSlug(), p.getName(), p.getCardText(), p.getSummary(), period.getStart(),
				PeriodFields.orYear(period.getStartPrecision()), period.getEnd(),
				PeriodFields.orYear(period.getEndPrecision()), p.getProjectsNote(), p.isPublished(),
				RelationFields.ids(p.getZones()), RelationFields.organisationIds(p.getFunders()),
				RelationFields.organisationIds(p.getPartners()), RelationFields.ids(p.getTargetGroups()),
				p.getVersion());
	}

}
