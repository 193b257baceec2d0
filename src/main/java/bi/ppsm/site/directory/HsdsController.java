package bi.ppsm.site.directory;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The directory as open data, Open Referral HSDS 3.0 JSON, in the shape of the HSDS API's lists. */
@RestController
@RequestMapping(value = HsdsController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsController {

	static final String BASE = "/donnees/hsds";

	private final HsdsExport export;

	HsdsController(HsdsExport export) {
		this.export = export;
	}

	/** Every published service point, each a full service with its organisation and location. */
	@GetMapping("/services")
	Map<String, Object> services() {
		return HsdsExport.page(this.export.services());
	}

	@GetMapping("/organizations")
	Map<String, Object> organizations() {
		return HsdsExport.page(this.export.organizations());
	}

}
