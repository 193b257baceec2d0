package bi.ppsm.site.mission;

import jakarta.persistence.Entity;

/** A mission of the PPSM. */
@Entity
public class Mission extends TextEntry {

	protected Mission() {
	}

	public Mission(String text) {
		super(text);
	}

}
