package bi.ppsm.site.mission;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import bi.ppsm.site.system.ContentEntity;

/** An entry of an ordered list made of one text: a mission, a perspective. */
@MappedSuperclass
public abstract class TextEntry extends ContentEntity {

	@Column(nullable = false)
	private String text;

	protected TextEntry() {
	}

	protected TextEntry(String text) {
		this.text = text;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
