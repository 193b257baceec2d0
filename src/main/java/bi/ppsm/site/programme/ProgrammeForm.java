package bi.ppsm.site.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.system.ContentEntity;

/** Everything the public page of a programme shows, as staff edit it. */
record ProgrammeForm(@NotBlank @Size(max = 120) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 200) String name, @Size(max = 600) String cardText, @NotBlank String summary,
		LocalDate start, DatePrecision startPrecision, LocalDate end, DatePrecision endPrecision,
		@Size(max = 300) String projectsNote, Boolean published, List<Long> zones, List<Long> funders,
		List<Long> partners, List<Long> targetGroups, Integer version) {

	ProgrammeForm {
		zones = (zones != null) ? zones : new ArrayList<>();
		funders = (funders != null) ? funders : new ArrayList<>();
		partners = (partners != null) ? partners : new ArrayList<>();
		targetGroups = (targetGroups != null) ? targetGroups : new ArrayList<>();
	}

	static ProgrammeForm empty() {
		return new ProgrammeForm(null, null, null, null, null, DatePrecision.YEAR, null, DatePrecision.YEAR, null,
				Boolean.FALSE, null, null, null, null, 0);
	}

	static ProgrammeForm from(Programme p) {
		Period period = p.getPeriod();
		return new ProgrammeForm(p.getSlug(), p.getName(), p.getCardText(), p.getSummary(), period.getStart(),
				precision(period.getStartPrecision()), period.getEnd(), precision(period.getEndPrecision()),
				p.getProjectsNote(), p.isPublished(), ids(p.getZones()),
				p.getFunders().stream().map(i -> i.getOrganisation().getId()).toList(),
				p.getPartners().stream().map(i -> i.getOrganisation().getId()).toList(), ids(p.getTargetGroups()),
				p.getVersion());
	}

	Period period() {
		return new Period(this.start, (this.start != null) ? this.startPrecision : null, this.end,
				(this.end != null) ? this.endPrecision : null);
	}

	static DatePrecision precision(DatePrecision precision) {
		return (precision != null) ? precision : DatePrecision.YEAR;
	}

	static List<Long> ids(List<? extends ContentEntity> entities) {
		return entities.stream().map(ContentEntity::getId).toList();
	}

	static List<String> involvementKeys(List<Involvement> involvements) {
		return involvements.stream().map(i -> i.getRole() + ":" + i.getOrganisation().getId()).toList();
	}

}
