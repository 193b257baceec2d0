package bi.ppsm.site.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.period.DateParts;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.period.PeriodFields;
import bi.ppsm.site.programme.PublicationChoice;
import bi.ppsm.site.programme.RelationFields;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.system.Publication;
import bi.ppsm.site.system.PublicationFields;
import bi.ppsm.site.system.PublicationTime;

/**
 * Everything the public page of a project shows, as staff edit it. The period is the planned
 * one; the actual one has its own fields ({@code actualStartYear}...). Sectors are rows of a
 * code and a share ({@link #SECTOR_ROWS} of them, blank rows ignored).
 */
record ProjectForm(@NotNull Long programme, @NotBlank @Size(max = 120) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 300) String name, @NotNull ProjectStatus status, String description, String startYear,
		String startMonth, String startDay, String endYear, String endMonth, String endDay, Publication publication,
		@Size(max = 30) String publishFrom, @Size(max = 30) String publishUntil,
		List<Long> otherProgrammes, List<Long> zones, List<Long> funders, List<Long> partners,
		List<Long> targetGroups, @Size(max = 40) String code, @Size(max = 120) String shortName,
		String actualStartYear, String actualStartMonth, String actualStartDay, String actualEndYear,
		String actualEndMonth, String actualEndDay, String background, String expectedResults,
		String lessonsLearned, String coordination, List<String> sectors, List<String> sectorShares,
		List<Long> accountable, List<Long> extending, Integer version)
		implements PeriodFields, RelationFields, PublicationFields {

	static final int SECTOR_ROWS = 4;

	ProjectForm {
		publication = (publication != null) ? publication : Publication.DRAFT;
		otherProgrammes = RelationFields.orEmpty(otherProgrammes);
		zones = RelationFields.orEmpty(zones);
		funders = RelationFields.orEmpty(funders);
		partners = RelationFields.orEmpty(partners);
		targetGroups = RelationFields.orEmpty(targetGroups);
		accountable = RelationFields.orEmpty(accountable);
		extending = RelationFields.orEmpty(extending);
		sectors = rows(sectors);
		sectorShares = rows(sectorShares);
	}

	static ProjectForm empty() {
		return new ProjectForm(null, null, null, null, null, null, null, null, null, null, null, Publication.DRAFT,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, 0);
	}

	static ProjectForm from(Project p) {
		Period period = p.getPeriod();
		DateParts start = DateParts.of(period.getStart(), period.getStartPrecision());
		DateParts end = DateParts.of(period.getEnd(), period.getEndPrecision());
		Period actual = p.getActualPeriod();
		DateParts actualStart = DateParts.of(actual.getStart(), actual.getStartPrecision());
		DateParts actualEnd = DateParts.of(actual.getEnd(), actual.getEndPrecision());
		List<String> codes = new ArrayList<>();
		List<String> shares = new ArrayList<>();
		for (SectorShare s : p.getSectors()) {
			codes.add(s.getCode());
			shares.add((s.getPercentage() != null) ? s.getPercentage().stripTrailingZeros().toPlainString() : null);
		}
		return new ProjectForm(p.getProgramme().getId(), p.getSlug(), p.getName(), p.getStatus(), p.getDescription(),
				start.year(), start.month(), start.day(), end.year(), end.month(), end.day(), PublicationChoice.of(p),
				PublicationTime.input(p.getPublishFrom()), PublicationTime.input(p.getPublishUntil()),
				RelationFields.ids(p.getOtherProgrammes()), RelationFields.ids(p.getZones()),
				RelationFields.organisationIds(p.getFunders()), RelationFields.organisationIds(p.getPartners()),
				RelationFields.ids(p.getTargetGroups()), p.getCode(), p.getShortName(), actualStart.year(),
				actualStart.month(), actualStart.day(), actualEnd.year(), actualEnd.month(), actualEnd.day(),
				p.getBackground(), p.getExpectedResults(), p.getLessonsLearned(), p.getCoordination(), codes, shares,
				organisationIds(p, Role.ACCOUNTABLE), organisationIds(p, Role.EXTENDING), p.getVersion());
	}

	/** The programmes it contributes to, without the one that leads it. */
	List<Long> contributedProgrammes() {
		return this.otherProgrammes.stream().filter(id -> !id.equals(this.programme)).toList();
	}

	@Override
	public List<Long> otherRoles(Role role) {
		return switch (role) {
			case ACCOUNTABLE -> this.accountable;
			case EXTENDING -> this.extending;
			default -> List.of();
		};
	}

	DateParts actualStartParts() {
		return new DateParts(this.actualStartYear, this.actualStartMonth, this.actualStartDay);
	}

	DateParts actualEndParts() {
		return new DateParts(this.actualEndYear, this.actualEndMonth, this.actualEndDay);
	}

	/** The actual period, once checked. */
	Period actualPeriod() {
		DateParts s = actualStartParts();
		DateParts e = actualEndParts();
		return new Period(s.date(), s.precision(), e.date(), e.precision());
	}

	private static List<Long> organisationIds(Project p, Role role) {
		return p.getOrganisations().stream().filter(i -> i.getRole() == role).map(i -> i.getOrganisation().getId()).toList();
	}

	/** Exactly {@link #SECTOR_ROWS} rows (more are cut: the form never shows them), so that the form always shows them all. */
	private static List<String> rows(List<String> values) {
		List<String> rows = new ArrayList<>((values != null) ? values : List.of());
		while (rows.size() < SECTOR_ROWS) {
			rows.add(null);
		}
		return new ArrayList<>(rows.subList(0, SECTOR_ROWS));
	}

}
