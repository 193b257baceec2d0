package bi.ppsm.site.media;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import bi.ppsm.site.system.PpsmProperties;

/**
 * A request body over the multipart limit, or a multipart body that cannot be read: staff go
 * back to the form they sent, with a French message giving the limit; elsewhere a French page
 * with status 413. Never a reset connection or an error 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	private final String limit;

	UploadTooLargeAdvice(PpsmProperties properties) {
		this.limit = megabytes(properties.uploads().maxRequestSize());
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView tooLarge(MultipartException ex, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/admin/") && "POST".equals(request.getMethod())) {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("flash", "admin.upload.tooLarge");
			flash.put("flashName", this.limit);
			return new ModelAndView("redirect:" + path);
		}
		ModelAndView page = new ModelAndView("error/413");
		page.addObject("limit", this.limit);
		page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		return page;
	}

	static String megabytes(DataSize size) {
		return Long.toString(Math.max(1, Math.round(size.toBytes() / (1024.0 * 1024.0)))) + " Mo";
	}

}
