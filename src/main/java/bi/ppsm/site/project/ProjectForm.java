package bi.ppsm.site.project;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.period.DateParts;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFields;
import bi.ppsm.site.programme.RelationFields;

/** Everything the public page of a project shows, as staff edit it. */
record ProjectForm(@NotNull Long programme, @NotBlank @Size(max = 120) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 300) String name, @NotNull ProjectStatus status, String description, String startYear,
		String startMonth, String startDay, String endYear, String endMonth, String endDay, Boolean published,
		List<Long> otherProgrammes, List<Long> zones, List<Long> funders, List<Long> partners,
		List<Long> targetGroups, Integer version) implements PeriodFields, RelationFields {

	ProjectForm {
		otherProgrammes = RelationFields.orEmpty(otherProgrammes);
		zones = RelationFields.orEmpty(zones);
		funders = RelationFields.orEmpty(funders);
		partners = RelationFields.orEmpty(partners);
		targetGroups = RelationFields.orEmpty(targetGroups);
	}

	static ProjectForm empty() {
		return new ProjectForm(null, null, null, null, null, null, null, null, null, null, null,
				Boolean.FALSE, null, null, null, null, null, 0);
	}

	static ProjectForm from(Project p) {
		Period period = p.getPeriod();
		DateParts start = DateParts.of(period.getStart(), period.getStartPrecision());
		DateParts end = DateParts.of(period.getEnd(), period.getEndPrecision());
		return new ProjectForm(p.getProgramme().getId(), p.getSlug(), p.getName(), p.getStatus(), p.getDescription(),
				start.year(), start.month(), start.day(), end.year(), end.month(), end.day(), p.isPublished(),
				RelationFields.ids(p.getOtherProgrammes()), RelationFields.ids(p.getZones()),
				RelationFields.organisationIds(p.getFunders()), RelationFields.organisationIds(p.getPartners()),
				RelationFields.ids(p.getTargetGroups()), p.getVersion());
	}

	/** The programmes it contributes to, without the one that leads it. */
	List<Long> contributedProgrammes() {
		return this.otherProgrammes.stream().filter(id -> !id.equals(this.programme)).toList();
	}

}
