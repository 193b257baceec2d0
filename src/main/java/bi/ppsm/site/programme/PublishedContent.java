package bi.ppsm.site.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import bi.ppsm.site.period.Period;
import bi.ppsm.site.system.ContentEntity;

/**
 * What a programme and a project both have: a page at their slug, a name, a period, and a
 * published flag (a draft is seen by staff only).
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

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
