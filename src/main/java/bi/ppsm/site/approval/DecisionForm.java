package bi.ppsm.site.approval;

import jakarta.validation.constraints.Size;

/**
 * An approval or a refusal, made from the version of the proposal the page showed (the
 * contributor may have proposed again since). A refusal needs its reason, which the
 * contributor reads.
 */
record DecisionForm(@Size(max = 1000) String reason, Integer version) {

	static DecisionForm of(PendingChange change) {
		return new DecisionForm(null, change.getVersion());
	}

}
