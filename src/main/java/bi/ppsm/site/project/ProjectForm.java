package bi.ppsm.site.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.programme.DatePrecision;
import bi.ppsm.site.programme.Period;
import bi.ppsm.site.system.ContentEntity;

/** Everything the public page of a project shows, as staff edit it. */
record ProjectForm(@NotNull Long programme, @NotBlank @Size(max = 120) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 300) String name, @NotNull ProjectStatus status, String description, LocalDate start,
		DatePrecision startPrecision, LocalDate end, DatePrecision endPrecision, Boolean published,
		List<Long> otherProgrammes, List<Long> zones, List<Long> funders, List<Long> partners,
		List<Long> targetGroups, Integer version) {

	ProjectForm {
		otherProgrammes = (otherProgrammes != null) ? otherProgrammes : new ArrayList<>();
		zones = (zones != null) ? zones : new ArrayList<>();
		funders = (funders != null) ? funders : new ArrayList<>();
		partners = (partners != null) ? partners : new ArrayList<>();
		targetGroups = (targetGroups != null) ? targetGroups : new ArrayList<>();
	}

	static ProjectForm empty() {
		return new ProjectForm(null, null, null, ProjectStatus.ONGOING, null, null, DatePrecision.YEAR, null,
				DatePrecision.YEAR, Boolean.FALSE, null, null, null, null, null, 0);
	}

	static ProjectForm from(Project p) {
		Period period = p.getPeriod();
		return new ProjectForm(p.getProgramme().getId(), p.getSlug(), p.getName(), p.getStatus(), p.getDescription(),
				period.getStart(), precision(period.getStartPrecision()), period.getEnd(),
				precision(period.getEndPrecision()), p.isPublished(), ids(p.getOtherProgrammes()), ids(p.getZones()),
				p.getFunders().stream().map(i -> i.getOrganisation().getId()).toList(),
				p.getPartners().stream().map(i -> i.getOrganisation().getId()).toList(), ids(p.getTargetGroups()),
				p.getVersion());
	}

	Period period() {
		return new Period(this.start, (this.start != null) ? this.startPrecision : null, this.end,
				(this.end != null) ? this.endPrecision : null);
	}

	private static DatePrecision precision(DatePrecision precision) {
		return (precision != null) ? precision : DatePrecision.YEAR;
	}

	private static List<Long> ids(List<? extends ContentEntity> entities) {
		return entities.stream().map(ContentEntity::getId).toList();
	}

}
