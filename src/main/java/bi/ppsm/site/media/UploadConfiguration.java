package bi.ppsm.site.media;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import bi.ppsm.site.system.PpsmProperties;

/**
 * Multipart requests (uploads of images and documents) are accepted up to
 * {@link PpsmProperties.Uploads#maxRequestSize()}: the largest file limit plus room for the
 * form's fields. Each file is then checked against its own limit, with a French message. A
 * larger body is read to its end and refused with a French message too (see
 * {@link UploadTooLargeAdvice} and server.tomcat.max-swallow-size).
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(PpsmProperties properties) {
		long max = properties.uploads().maxRequestSize().toBytes();
		return new MultipartConfigElement("", max, max, (int) DataSize.ofMegabytes(1).toBytes());
	}

	/** Before the security filters, which would read the body to find the CSRF token. */
	@Bean
	FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(PpsmProperties properties) {
		DataSize max = properties.uploads().maxRequestSize();
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeFilter(max.toBytes(), UploadTooLargeAdvice.megabytes(max)));
		// after Spring Session (Integer.MIN_VALUE + 50), so the staff session is found
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** The limit as staff read it ("26 Mo"), for the French 413 page. */
	@Bean
	UploadLimit uploadLimit(PpsmProperties properties) {
		return new UploadLimit(UploadTooLargeAdvice.megabytes(properties.uploads().maxRequestSize()));
	}

	/** What the error page of a too large request shows: {@code ${@uploadLimit.text}}. */
	public record UploadLimit(String text) {
	}

}
