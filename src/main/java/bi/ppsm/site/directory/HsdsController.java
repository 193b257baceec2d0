package bi.ppsm.site.directory;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import bi.ppsm.site.cache.KeptFile;

/**
 * The directory as open data, Open Referral HSDS 3.0 JSON, in the shape of the HSDS API's lists.
 * The files come from {@link HsdsFiles}: built once per content change, sent gzipped as kept (or
 * unzipped for a client that does not take gzip), with an ETag.
 */
@RestController
@RequestMapping(value = HsdsController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsController {

	static final String BASE = "/donnees/hsds";

	private final HsdsFiles files;

	HsdsController(HsdsFiles files) {
		this.files = files;
	}

	/** Every published service point, each a full service with its organisation and location. */
	@GetMapping("/services")
	void services(HttpServletRequest request, HttpServletResponse response) throws IOException {
		KeptFile.send(this.files.services(), MediaType.APPLICATION_JSON_VALUE, request, response);
	}

	/** The organisations of the published points and the members. */
	@GetMapping("/organizations")
	void organizations(HttpServletRequest request, HttpServletResponse response) throws IOException {
		KeptFile.send(this.files.organizations(), MediaType.APPLICATION_JSON_VALUE, request, response);
	}

}
