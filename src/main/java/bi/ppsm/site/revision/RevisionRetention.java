package bi.ppsm.site.revision;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, with the other retention jobs: applies {@code PPSM_REVISIONS_KEEP} to every record. */
@Component
class RevisionRetention {

	private final Revisions revisions;

	RevisionRetention(Revisions revisions) {
		this.revisions = revisions;
	}

	@Scheduled(cron = "${ppsm.retention.cron:0 30 3 * * *}")
	void prune() {
		this.revisions.prune();
	}

}
