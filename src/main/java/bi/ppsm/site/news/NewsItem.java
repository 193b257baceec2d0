package bi.ppsm.site.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import bi.ppsm.site.media.Image;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.system.PublicationTime;

/**
 * A news item: a dated text with an optional cover image, about some programmes and projects.
 * Visitors see it from {@code publishAt} (none: a draft) until {@code unpublishAt} (none: for good).
 */
@Entity
@Table(name = "news_item")
public class NewsItem extends ContentEntity {

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String body;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cover_image_id")
	private Image cover;

	@Column(name = "publish_at")
	private Instant publishAt;

	@Column(name = "unpublish_at")
	private Instant unpublishAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@ManyToMany
	@JoinTable(name = "news_programme", joinColumns = @JoinColumn(name = "news_id"),
			inverseJoinColumns = @JoinColumn(name = "programme_id"))
	@OrderBy("position")
	private List<Programme> programmes = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "news_project", joinColumns = @JoinColumn(name = "news_id"),
			inverseJoinColumns = @JoinColumn(name = "project_id"))
	@OrderBy("position, name")
	private List<Project> projects = new ArrayList<>();

	protected NewsItem() {
	}

	public NewsItem(String slug, String title, String summary, String body, Instant createdAt) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.createdAt = createdAt;
	}

	/** The day of publication on the site's clock in Bujumbura, as pages show it; null for a draft. */
	public LocalDate getPublishedOn() {
		return (this.publishAt != null) ? this.publishAt.atZone(PublicationTime.ZONE).toLocalDate() : null;
	}

	public NewsStatus statusAt(Instant now) {
		return NewsStatus.of(this.publishAt, this.unpublishAt, now);
	}

	/** Whether visitors may see it at that time. */
	public boolean isVisibleAt(Instant now) {
		return statusAt(now) == NewsStatus.PUBLISHED;
	}

	/** The cover image when a public page may show it (people shown only with their consent). */
	public Image getPublicCover() {
		return (this.cover != null && this.cover.isPublishable()) ? this.cover : null;
	}

	/** Its programmes that visitors can see at that time. */
	public List<Programme> visibleProgrammes(Instant now) {
		return this.programmes.stream().filter(p -> p.isVisibleAt(now)).toList();
	}

	/** Its projects that visitors can see at that time. */
	public List<Project> visibleProjects(Instant now) {
		return this.projects.stream().filter(p -> p.isVisibleAt(now)).toList();
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Image getCover() {
		return this.cover;
	}

	public void setCover(Image cover) {
		this.cover = cover;
	}

	public Instant getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(Instant publishAt) {
		this.publishAt = publishAt;
	}

	public Instant getUnpublishAt() {
		return this.unpublishAt;
	}

	public void setUnpublishAt(Instant unpublishAt) {
		this.unpublishAt = unpublishAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public void setCreatedBy(String createdBy) {
		this.createdBy = createdBy;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public void setUpdatedBy(String updatedBy) {
		this.updatedBy = updatedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<Programme> getProgrammes() {
		return this.programmes;
	}

	public List<Project> getProjects() {
		return this.projects;
	}

}
