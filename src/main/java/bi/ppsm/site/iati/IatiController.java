package bi.ppsm.site.iati;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.cache.KeptFile;
import bi.ppsm.site.cache.KeptFile.Built;
import bi.ppsm.site.iati.IatiFiles.Kind;
import bi.ppsm.site.system.NotFoundException;

/**
 * The PPSM's IATI 2.03 files, public: {@code /iati/activities.xml} (its programmes and
 * projects that are ready) and {@code /iati/organisation.xml}. Nothing is published (404) until
 * the settings give the organisation identifier. The files come from {@link IatiFiles}: built
 * once per content change, sent gzipped as kept (or unzipped for a client that does not take
 * gzip), with an ETag.
 */
@Controller
class IatiController {

	private final IatiFiles files;

	IatiController(IatiFiles files) {
		this.files = files;
	}

	@GetMapping("/iati/activities.xml")
	void activities(HttpServletRequest request, HttpServletResponse response) throws IOException {
		send(this.files.get(Kind.ACTIVITIES), request, response);
	}

	@GetMapping("/iati/organisation.xml")
	void organisation(HttpServletRequest request, HttpServletResponse response) throws IOException {
		send(this.files.get(Kind.ORGANISATION), request, response);
	}

	private static void send(Built built, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!built.published()) {
			throw new NotFoundException("no IATI organisation identifier in the settings");
		}
		KeptFile.send(built, "application/xml;charset=UTF-8", request, response);
	}

}
