package bi.ppsm.site.iati;

import java.io.IOException;

import javax.xml.stream.XMLStreamException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import bi.ppsm.site.cache.KeptFile;
import bi.ppsm.site.cache.KeptFile.Built;
import bi.ppsm.site.cache.PageCache;

/**
 * The two IATI files as they are served, each a {@link KeptFile}: built by one request at a time
 * and kept gzipped until the next content change. Nothing is published while the settings give
 * no organisation identifier.
 */
@Component
class IatiFiles {

	enum Kind {

		ACTIVITIES, ORGANISATION

	}

	private final IatiExport export;

	private final KeptFile activities;

	private final KeptFile organisation;

	IatiFiles(IatiExport export, ObjectProvider<PageCache> changes) {
		this.export = export;
		this.activities = new KeptFile(changes);
		this.organisation = new KeptFile(changes);
	}

	/** The file now: the kept copy when no content changed since it was built, else a new build. */
	Built get(Kind kind) throws IOException {
		boolean activities = kind == Kind.ACTIVITIES;
		return (activities ? this.activities : this.organisation).get(out -> {
			if (!this.export.isConfigured()) {
				return false;
			}
			try {
				if (activities) {
					this.export.writeActivities(out);
				}
				else {
					this.export.writeOrganisation(out);
				}
			}
			catch (XMLStreamException ex) {
				throw new IOException(ex);
			}
			return true;
		});
	}

	/** How many times a file was built since start-up (for the tests and the logs). */
	long builds() {
		return this.activities.builds() + this.organisation.builds();
	}

}
