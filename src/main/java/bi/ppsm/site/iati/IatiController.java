package bi.ppsm.site.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.iati.IatiFiles.Built;
import bi.ppsm.site.iati.IatiFiles.Kind;
import bi.ppsm.site.system.NotFoundException;

/**
 * The PPSM's IATI 2.03 files, public: {@code /iati/activities.xml} (its programmes and
 * projects that are ready) and {@code /iati/organisation.xml}. Nothing is published (404) until
 * the settings give the organisation identifier. The files come from {@link IatiFiles}: built
 * once per content change, sent gzipped as kept, or unzipped on the way to a client that does
 * not take gzip (no copy per request).
 */
@Controller
class IatiController {

	private final IatiFiles files;

	IatiController(IatiFiles files) {
		this.files = files;
	}

	@GetMapping("/iati/activities.xml")
	void activities(HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		send(this.files.get(Kind.ACTIVITIES), request, response);
	}

	@GetMapping("/iati/organisation.xml")
	void organisation(HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		send(this.files.get(Kind.ORGANISATION), request, response);
	}

	private static void send(Built built, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!built.published()) {
			throw new NotFoundException("no IATI organisation identifier in the settings");
		}
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accept != null && accept.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(built.gzipped().length);
			response.getOutputStream().write(built.gzipped());
		}
		else {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(built.gzipped()), 64 * 1024)) {
				in.transferTo(response.getOutputStream());
			}
		}
	}

}
