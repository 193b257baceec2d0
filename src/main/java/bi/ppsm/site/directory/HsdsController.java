package bi.ppsm.site.directory;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The directory as open data, Open Referral HSDS 3.0 JSON, in the shape of the HSDS API's lists. */
@RestController
@RequestMapping(value = HsdsController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsController {

	static final String BASE = "/donnees/hsds";

	private final HsdsExport export;

	private final JsonMapper json;

	HsdsController(HsdsExport export, JsonMapper json) {
		this.export = export;
		this.json = json;
	}

	/**
	 * Every published service point, each a full service with its organisation and location,
	 * written one service at a time (a thousand points are megabytes of JSON).
	 */
	@GetMapping("/services")
	void services(HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.export.writeServices(response.getOutputStream(), this.json);
	}

	/** The organisations of the published points and the members, written one at a time. */
	@GetMapping("/organizations")
	void organizations(HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.export.writeOrganizations(response.getOutputStream(), this.json);
	}

}
