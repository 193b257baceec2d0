package bi.ppsm.site.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import bi.ppsm.site.system.ContentEntity;

/** One of the services the PPSM offers ("Accompagnement psychosocial"...). */
@Entity
@Table(name = "service")
public class ServiceItem extends ContentEntity {

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	protected ServiceItem() {
	}

	public ServiceItem(String title, String description) {
		this.title = title;
		this.description = description;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
