package bi.ppsm.site.programme;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.period.DateParts;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFields;
import bi.ppsm.site.system.Publication;
import bi.ppsm.site.system.PublicationFields;
import bi.ppsm.site.system.PublicationTime;

/** Everything the public page of a programme shows, as staff edit it. */
record ProgrammeForm(@NotBlank @Size(max = 120) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 200) String name, @Size(max = 600) String cardText, @NotBlank String summary,
		String startYear, String startMonth, String startDay, String endYear, String endMonth, String endDay,
		@Size(max = 300) String projectsNote, Publication publication, @Size(max = 30) String publishFrom,
		@Size(max = 30) String publishUntil, List<Long> zones, List<Long> funders,
		List<Long> partners, List<Long> targetGroups, List<String> sectors, List<String> sectorShares,
		Boolean confirmSectors, Integer version) implements PeriodFields, RelationFields, PublicationFields {

	/** How many sector rows the form shows. */
	static final int SECTOR_ROWS = 4;

	ProgrammeForm {
		publication = (publication != null) ? publication : Publication.DRAFT;
		sectors = SectorFields.rows(sectors, SECTOR_ROWS);
		sectorShares = SectorFields.rows(sectorShares, SECTOR_ROWS);
		zones = RelationFields.orEmpty(zones);
		funders = RelationFields.orEmpty(funders);
		partners = RelationFields.orEmpty(partners);
		targetGroups = RelationFields.orEmpty(targetGroups);
	}

	static ProgrammeForm empty() {
		return new ProgrammeForm(null, null, null, null, null, null, null, null, null, null, null,
				Publication.DRAFT, null, null, null, null, null, null, null, null, Boolean.FALSE, 0);
	}

	static ProgrammeForm from(Programme p) {
		Period period = p.getPeriod();
		DateParts start = DateParts.of(period.getStart(), period.getStartPrecision());
		DateParts end = DateParts.of(period.getEnd(), period.getEndPrecision());
		return new ProgrammeForm(p.getSlug(), p.getName(), p.getCardText(), p.getSummary(), start.year(),
				start.month(), start.day(), end.year(), end.month(), end.day(), p.getProjectsNote(),
				PublicationChoice.of(p), PublicationTime.input(p.getPublishFrom()),
				PublicationTime.input(p.getPublishUntil()),
				RelationFields.ids(p.getZones()), RelationFields.organisationIds(p.getFunders()),
				RelationFields.organisationIds(p.getPartners()), RelationFields.ids(p.getTargetGroups()),
				SectorFields.codes(p.getSectors()), SectorFields.percentages(p.getSectors()), Boolean.FALSE,
				p.getVersion());
	}

}
