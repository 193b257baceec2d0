package bi.ppsm.site.media;

import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import bi.ppsm.site.system.NotFoundException;

/**
 * The renditions of library images, straight from PostgreSQL. Their address holds a key that
 * changes with the content, so browsers keep them for a year without asking again; a repeat
 * request with the ETag is answered 304 without touching the database.
 */
@Controller
class MediaController {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{8,32}");

	private static final Pattern WIDTH = Pattern.compile("[1-9][0-9]{0,4}");

	private static final MediaType WEBP = MediaType.parseMediaType("image/webp");

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final Renditions renditions;

	MediaController(Renditions renditions) {
		this.renditions = renditions;
	}

	@GetMapping("/medias/{key}/{width}.{ext}")
	ResponseEntity<byte[]> rendition(@PathVariable String key, @PathVariable String width, @PathVariable String ext,
			HttpServletRequest request) {
		if (!KEY.matcher(key).matches() || !WIDTH.matcher(width).matches() || !(ext.equals("webp") || ext.equals("jpg"))) {
			throw new NotFoundException("media " + key);
		}
		String etag = "\"" + key + "-" + width + "-" + ext + "\"";
		if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
		}
		byte[] bytes = this.renditions.bytes(key, Integer.parseInt(width), ext);
		if (bytes == null) {
			throw new NotFoundException("media " + key + "/" + width + "." + ext);
		}
		return ResponseEntity.ok()
			.contentType(ext.equals("webp") ? WEBP : MediaType.IMAGE_JPEG)
			.cacheControl(FOREVER)
			.eTag(etag)
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
