package bi.ppsm.site.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import bi.ppsm.site.system.ContentEntity;

/** Where the PPSM wants to go next. */
@Entity
public class Perspective extends ContentEntity {

	@Column(nullable = false)
	private String text;

	protected Perspective() {
	}

	public Perspective(String text) {
		this.text = text;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
