package bi.ppsm.site.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;

/**
 * One export file (the IATI files, the HSDS files) built once per content change and kept
 * gzipped: built by one request at a time (the others wait for that build, holding no database
 * connection, and get its result) and kept until the next content change
 * ({@link UntilContentChange}); served gzipped as kept, or unzipped on the way to a client that
 * does not take gzip, with an ETag made from its bytes (a repeat visit is a 304). A file whose
 * gzip is larger than {@link #MAX_KEPT_BYTES} is served to the request that built it and not
 * kept. While content changes cannot be heard nothing is kept, but builds still run one at a
 * time. A request inside a transaction of its own (tests rolled back) may see uncommitted data:
 * it neither reads nor fills the kept copy.
 */
public final class KeptFile {

	/** Largest gzipped file kept; a larger one is served to the request that built it only. */
	public static final int MAX_KEPT_BYTES = 16 * 1024 * 1024;

	/** Writes the file; false when there is nothing to publish (what it wrote is dropped). */
	@FunctionalInterface
	public interface Content {

		boolean writeTo(OutputStream out) throws IOException;

	}

	/** A built file: its gzip bytes and ETag, or nothing when nothing is published. */
	public record Built(byte[] gzipped, String etag) {

		static final Built NOTHING = new Built(null, null);

		public boolean published() {
			return this.gzipped != null;
		}

	}

	private final UntilContentChange<Built> kept;

	private final AtomicLong builds = new AtomicLong();

	public KeptFile(ObjectProvider<PageCache> changes) {
		this.kept = new UntilContentChange<>(changes);
	}

	/** The file now: the kept copy when no content changed since it was built, else a new build. */
	public Built get(Content content) throws IOException {
		return this.kept.getOneAtATime(built -> true, () -> build(content),
				built -> !built.published() || built.gzipped().length <= MAX_KEPT_BYTES);
	}

	/** How many times the file was built since start-up (for the tests and the logs). */
	public long builds() {
		return this.builds.get();
	}

	private Built build(Content content) throws IOException {
		this.builds.incrementAndGet();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		boolean published;
		try (OutputStream gzip = new GZIPOutputStream(bytes, 64 * 1024)) {
			published = content.writeTo(gzip);
		}
		if (!published) {
			return Built.NOTHING;
		}
		byte[] gzipped = bytes.toByteArray();
		return new Built(gzipped, "W/\"1" + DigestUtils.md5DigestAsHex(gzipped) + "\"");
	}

	/**
	 * Sends a published file: a 304 when the client has it (its ETag), else the gzip bytes as
	 * kept, or unzipped on the way (no copy per request) for a client that does not take gzip.
	 */
	public static void send(Built built, String contentType, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.ETAG, built.etag());
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), built.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
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

	/** Whether an If-None-Match header names this (weak) ETag, weak or strong. */
	static boolean matches(String ifNoneMatch, String etag) {
		return etag != null && ifNoneMatch != null
				&& (ifNoneMatch.contains(etag) || ifNoneMatch.contains(etag.replace("W/", "")));
	}

}
