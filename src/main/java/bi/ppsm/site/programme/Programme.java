package bi.ppsm.site.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.ListIndexBase;

import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.targetgroup.TargetGroup;
import bi.ppsm.site.zone.Zone;

/** One of the PPSM's programmes, with everything its public page shows. */
@Entity
public class Programme extends PublishedContent implements Related {

	@Column(name = "card_text")
	private String cardText;

	@Column(nullable = false)
	private String summary;

	@Column(name = "projects_note")
	private String projectsNote;

	@OneToMany(mappedBy = "programme")
	@OrderBy("position")
	private List<Objective> objectives = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "programme_organisation", joinColumns = @JoinColumn(name = "programme_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Involvement> organisations = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "programme_zone", joinColumns = @JoinColumn(name = "programme_id"),
			inverseJoinColumns = @JoinColumn(name = "zone_id"))
	@OrderBy("position, name")
	private List<Zone> zones = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "programme_target_group", joinColumns = @JoinColumn(name = "programme_id"),
			inverseJoinColumns = @JoinColumn(name = "target_group_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<TargetGroup> targetGroups = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "programme_sector", joinColumns = @JoinColumn(name = "programme_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<SectorShare> sectors = new ArrayList<>();

	@Column(name = "iati_identifier")
	private String iatiIdentifier;

	protected Programme() {
	}

	public Programme(String slug, String name, String summary) {
		super(slug, name);
		this.summary = summary;
	}

	/** The text of the programme's card: its card text, or else the first sentence of its summary. */
	public String getTeaser() {
		return teaserOf("cardText".equals(getTeaserField()) ? this.cardText : this.summary);
	}

	/** The field the card's text comes from: "cardText", or "summary" when there is no card text. */
	public String getTeaserField() {
		return (this.cardText != null && !this.cardText.isBlank()) ? "cardText" : "summary";
	}

	/** The card's text made from that field's text in any language (the first sentence of a summary). */
	public String teaserOf(String text) {
		if (text == null || "cardText".equals(getTeaserField())) {
			return text;
		}
		int end = text.indexOf(". ");
		return (end > 0) ? text.substring(0, end + 1) : text;
	}

	/** The general objectives, each with its specific ones as children. */
	public List<Objective> getTopObjectives() {
		return this.objectives.stream().filter(o -> o.getParent() == null).toList();
	}

	public boolean isOverOn(LocalDate day) {
		return getPeriod().isOverOn(day);
	}

	public String getCardText() {
		return this.cardText;
	}

	public void setCardText(String cardText) {
		this.cardText = cardText;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getProjectsNote() {
		return this.projectsNote;
	}

	public void setProjectsNote(String projectsNote) {
		this.projectsNote = projectsNote;
	}

	public List<Objective> getObjectives() {
		return this.objectives;
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

	public List<SectorShare> getSectors() {
		return this.sectors;
	}

	/** The IATI activity identifier, stored when the programme is first exported, then never changed. */
	public String getIatiIdentifier() {
		return this.iatiIdentifier;
	}

	public void setIatiIdentifier(String iatiIdentifier) {
		this.iatiIdentifier = iatiIdentifier;
	}

}
