package bi.ppsm.site.zone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import bi.ppsm.site.system.ContentEntity;

/** Where the PPSM works: a province, or a wider scope ("Toutes les provinces", national...). */
@Entity
public class Zone extends ContentEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ZoneKind kind;

	protected Zone() {
	}

	public Zone(String slug, String name, ZoneKind kind) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
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

	public ZoneKind getKind() {
		return this.kind;
	}

	public void setKind(ZoneKind kind) {
		this.kind = kind;
	}

}
