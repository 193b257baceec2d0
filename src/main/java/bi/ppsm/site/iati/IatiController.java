package bi.ppsm.site.iati;

import java.io.IOException;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.system.NotFoundException;

/**
 * The PPSM's IATI 2.03 files, public: {@code /iati/activities.xml} (its programmes and
 * projects that are ready) and {@code /iati/organisation.xml}. Nothing is published (404) until
 * the settings give the organisation identifier.
 */
@Controller
class IatiController {

	private final IatiExport export;

	IatiController(IatiExport export) {
		this.export = export;
	}

	@GetMapping("/iati/activities.xml")
	void activities(HttpServletResponse response) throws IOException, XMLStreamException {
		xml(response);
		this.export.writeActivities(response.getOutputStream());
	}

	@GetMapping("/iati/organisation.xml")
	void organisation(HttpServletResponse response) throws IOException, XMLStreamException {
		xml(response);
		this.export.writeOrganisation(response.getOutputStream());
	}

	private void xml(HttpServletResponse response) {
		if (!this.export.isConfigured()) {
			throw new NotFoundException("no IATI organisation identifier in the settings");
		}
		response.setContentType("application/xml;charset=UTF-8");
	}

}
