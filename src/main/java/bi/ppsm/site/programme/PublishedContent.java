package bi.ppsm.site.programme;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import bi.ppsm.site.period.Period;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.system.PublicationStatus;
import bi.ppsm.site.system.PublicationTime;

/**
 * What a programme and a project both have: a page at their slug, a name, a period, a
 * published flag (a draft is seen by staff only) and optional publication dates. Visitors see
 * a record when it is published and {@code publishFrom <= now} (none: no limit) and
 * {@code now < publishUntil} (none: for good): {@link #isVisibleAt(Instant)} here, and the
 * queries {@code ProgrammeRepository.VISIBLE} and {@code ProjectRepository.VISIBLE}.
 */
@MappedSuperclass
public abstract class PublishedContent extends ContentEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Embedded
	private Period period = new Period(null, null, null, null);

	@Column(nullable = false)
	private boolean published;

	@Column(name = "publish_from")
	private Instant publishFrom;

	@Column(name = "publish_until")
	private Instant publishUntil;

	protected PublishedContent() {
	}

	protected PublishedContent(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Period getPeriod() {
		// Hibernate loads an embedded value whose columns are all null as null
		return (this.period != null) ? this.period : Period.UNKNOWN;
	}

	public void setPeriod(Period period) {
		this.period = period;
	}

	/** Where it stands at that time by its own flag and dates (a project's programme aside). */
	public PublicationStatus statusAt(Instant now) {
		return PublicationStatus.of(this.published, this.publishFrom, this.publishUntil, now);
	}

	/** Whether visitors may see it at that time (a project: and its programme too). */
	public boolean isVisibleAt(Instant now) {
		return statusAt(now) == PublicationStatus.PUBLIC;
	}

	/** The start in Bujumbura time, as the admin shows it; null for none. */
	public LocalDateTime getPublishFromLocal() {
		return PublicationTime.toLocal(this.publishFrom);
	}

	/** The end in Bujumbura time, as the admin shows it; null for none. */
	public LocalDateTime getPublishUntilLocal() {
		return PublicationTime.toLocal(this.publishUntil);
	}

	public Instant getPublishFrom() {
		return this.publishFrom;
	}

	public void setPublishFrom(Instant publishFrom) {
		this.publishFrom = publishFrom;
	}

	public Instant getPublishUntil() {
		return this.publishUntil;
	}

	public void setPublishUntil(Instant publishUntil) {
		this.publishUntil = publishUntil;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
