package bi.ppsm.site.media;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A multipart body announced larger than the request limit is answered before anything reads
 * it (the security filters would, to find the CSRF token, and Tomcat would then refuse the
 * whole request): a staff member goes back to the form with a French message, anyone else gets
 * the French 413 page. Tomcat reads the rest of the body and discards it
 * (server.tomcat.max-swallow-size), so the browser gets the answer, not a reset connection.
 */
class UploadSizeFilter extends OncePerRequestFilter {

	private final long maxRequestSize;

	private final String limit;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadSizeFilter(long maxRequestSize, String limit) {
		this.maxRequestSize = maxRequestSize;
		this.limit = limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= this.maxRequestSize) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/admin/") && request.getSession(false) != null) {
			FlashMap flash = new FlashMap();
			flash.put("flash", "admin.upload.tooLarge");
			flash.put("flashName", this.limit);
			flash.setTargetRequestPath(request.getRequestURI());
			this.flashMaps.saveOutputFlashMap(flash, request, response);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getRequestURI());
			return;
		}
		response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
	}

}
