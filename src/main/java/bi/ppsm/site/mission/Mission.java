package bi.ppsm.site.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import bi.ppsm.site.system.ContentEntity;

/** A mission of the PPSM. */
@Entity
public class Mission extends ContentEntity {

	@Column(nullable = false)
	private String text;

	protected Mission() {
	}

	public Mission(String text) {
		this.text = text;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
