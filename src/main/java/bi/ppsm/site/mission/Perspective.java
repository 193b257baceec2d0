package bi.ppsm.site.mission;

import jakarta.persistence.Entity;

/** Where the PPSM wants to go next. */
@Entity
public class Perspective extends TextEntry {

	protected Perspective() {
	}

	public Perspective(String text) {
		super(text);
	}

}
