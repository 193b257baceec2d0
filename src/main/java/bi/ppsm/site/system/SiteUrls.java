package bi.ppsm.site.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import bi.ppsm.site.system.PpsmProperties;

/**
 * Absolute URLs of the site, for canonical links, the sitemap and sharing tags. They come from
 * {@code PPSM_BASE_URL} in production, so that a forged Host header can never change them;
 * without it (local runs) they follow the request.
 */
@Component
public class SiteUrls {

	private final String baseUrl;

	SiteUrls(PpsmProperties properties) {
		String baseUrl = properties.baseUrl();
		this.baseUrl = StringUtils.hasText(baseUrl) ? baseUrl.replaceAll("/+$", "") : null;
	}

	public String base(HttpServletRequest request) {
		if (this.baseUrl != null) {
			return this.baseUrl;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

	public String absolute(HttpServletRequest request, String path) {
		return base(request) + path;
	}

}
