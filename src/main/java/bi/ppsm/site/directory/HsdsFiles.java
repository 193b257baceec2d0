package bi.ppsm.site.directory;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import bi.ppsm.site.cache.KeptFile;
import bi.ppsm.site.cache.KeptFile.Built;
import bi.ppsm.site.cache.PageCache;

/**
 * The two HSDS files as they are served, each a {@link KeptFile}: built by one request at a
 * time (the services file of a large directory is megabytes of JSON, read in batches) and kept
 * gzipped until the next content change.
 */
@Component
class HsdsFiles {

	private final HsdsExport export;

	private final JsonMapper json;

	private final KeptFile services;

	private final KeptFile organizations;

	HsdsFiles(HsdsExport export, JsonMapper json, ObjectProvider<PageCache> changes) {
		this.export = export;
		this.json = json;
		this.services = new KeptFile(changes);
		this.organizations = new KeptFile(changes);
	}

	Built services() throws IOException {
		return this.services.get(out -> {
			this.export.writeServices(out, this.json);
			return true;
		});
	}

	Built organizations() throws IOException {
		return this.organizations.get(out -> {
			this.export.writeOrganizations(out, this.json);
			return true;
		});
	}

	/** How many times a file was built since start-up (for the tests and the logs). */
	long builds() {
		return this.services.builds() + this.organizations.builds();
	}

}
