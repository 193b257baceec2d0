package bi.ppsm.site.media;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
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

}
