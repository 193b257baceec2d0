package bi.ppsm.site.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.PublishedContent;
import bi.ppsm.site.programme.Related;
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

	protected Project() {
	}

	public Project(Programme programme, String slug, String name, ProjectStatus status) {
		super(slug, name);
		this.programme = programme;
		this.status = status;
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

}
