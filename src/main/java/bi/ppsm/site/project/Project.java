package bi.ppsm.site.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.ListIndexBase;

import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.PublishedContent;
import bi.ppsm.site.programme.Related;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.targetgroup.TargetGroup;
import bi.ppsm.site.zone.Zone;

/** A project, led by one programme and possibly contributing to others. */
@Entity
public class Project extends PublishedContent implements Related {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status;

	private String description;

	@ManyToMany
	@JoinTable(name = "project_programme", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "programme_id"))
	@OrderBy("position")
	private List<Programme> otherProgrammes = new ArrayList<>();

	@OneToMany(mappedBy = "project")
	@OrderBy("position")
	private List<ProjectPhase> phases = new ArrayList<>();

	@OneToMany(mappedBy = "project")
	@OrderBy("position, id")
	private List<BudgetLine> budgetLines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_organisation", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Involvement> organisations = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "project_zone", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "zone_id"))
	@OrderBy("position, name")
	private List<Zone> zones = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "project_target_group", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "target_group_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<TargetGroup> targetGroups = new ArrayList<>();

	private String code;

	@Column(name = "short_name")
	private String shortName;

	/** When it really started and ended; the inherited period is the planned one. */
	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "start", column = @Column(name = "actual_start_date")),
			@AttributeOverride(name = "startPrecision", column = @Column(name = "actual_start_precision")),
			@AttributeOverride(name = "end", column = @Column(name = "actual_end_date")),
			@AttributeOverride(name = "endPrecision", column = @Column(name = "actual_end_precision")) })
	private Period actualPeriod = new Period(null, null, null, null);

	private String background;

	@Column(name = "expected_results")
	private String expectedResults;

	@Column(name = "lessons_learned")
	private String lessonsLearned;

	private String coordination;

	@Column(name = "iati_identifier")
	private String iatiIdentifier;

	@ElementCollection
	@CollectionTable(name = "project_sector", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<SectorShare> sectors = new ArrayList<>();

	protected Project() {
	}

	public Project(Programme programme, String slug, String name, ProjectStatus status) {
		super(slug, name);
		this.programme = programme;
		this.status = status;
	}

	/** Visitors see a project while it is public by its own flag and dates and its programme is too. */
	@Override
	public boolean isVisibleAt(java.time.Instant now) {
		return super.isVisibleAt(now) && this.programme.isVisibleAt(now);
	}

	public Programme getProgramme() {
		return this.programme;
	}

	public void setProgramme(Programme programme) {
		this.programme = programme;
	}

	public ProjectStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProjectStatus status) {
		this.status = status;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<Programme> getOtherProgrammes() {
		return this.otherProgrammes;
	}

	public List<ProjectPhase> getPhases() {
		return this.phases;
	}

	@Override
	public List<Involvement> getOrganisations() {
		return this.organisations;
	}

	@Override
	public List<Zone> getZones() {
		return this.zones;
	}

	@Override
	public List<TargetGroup> getTargetGroups() {
		return this.targetGroups;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public Period getActualPeriod() {
		// Hibernate loads an embedded value whose columns are all null as null
		return (this.actualPeriod != null) ? this.actualPeriod : Period.UNKNOWN;
	}

	public void setActualPeriod(Period actualPeriod) {
		this.actualPeriod = actualPeriod;
	}

	public String getBackground() {
		return this.background;
	}

	public void setBackground(String background) {
		this.background = background;
	}

	public String getExpectedResults() {
		return this.expectedResults;
	}

	public void setExpectedResults(String expectedResults) {
		this.expectedResults = expectedResults;
	}

	public String getLessonsLearned() {
		return this.lessonsLearned;
	}

	public void setLessonsLearned(String lessonsLearned) {
		this.lessonsLearned = lessonsLearned;
	}

	public String getCoordination() {
		return this.coordination;
	}

	public void setCoordination(String coordination) {
		this.coordination = coordination;
	}

	/** The IATI activity identifier, stored when the project is first exported, then never changed. */
	public String getIatiIdentifier() {
		return this.iatiIdentifier;
	}

	public void setIatiIdentifier(String iatiIdentifier) {
		this.iatiIdentifier = iatiIdentifier;
	}

	public List<SectorShare> getSectors() {
		return this.sectors;
	}

	/** The organisations with one of IATI's other roles: accountable and extending. */
	public List<Involvement> getOtherRoles() {
		return this.organisations.stream()
			.filter(i -> i.getRole() == Role.ACCOUNTABLE || i.getRole() == Role.EXTENDING)
			.toList();
	}

	public List<BudgetLine> getBudgetLines() {
		return this.budgetLines;
	}

	/** Whether the actual dates are known. */
	public boolean hasActualPeriod() {
		return getActualPeriod().isKnown();
	}

	/** The phase under way, if one is marked ongoing. */
	public ProjectPhase getCurrentPhase() {
		return this.phases.stream().filter(p -> p.getStatus() == ProjectStatus.ONGOING).findFirst().orElse(null);
	}

}
