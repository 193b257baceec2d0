package bi.ppsm.site.targetgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import bi.ppsm.site.system.ContentEntity;

/** A group the PPSM works for; featured ones make the site-wide "Groupes cibles" list. */
@Entity
public class TargetGroup extends ContentEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private boolean featured;

	protected TargetGroup() {
	}

	public TargetGroup(String name, boolean featured) {
		this.name = name;
		this.featured = featured;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isFeatured() {
		return this.featured;
	}

	public void setFeatured(boolean featured) {
		this.featured = featured;
	}

}
