package bi.ppsm.site.redirect;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Whether a path belongs to a page of the site, so that no redirect ever hides it: a fixed
 * page the application maps (such as {@code /contact}), or the page of a programme, project
 * or news item that has that slug (published or not: its address is taken).
 */
@Component
class LivePages {

	/** Public path prefix of a content page → its table (its slug column is {@code slug}). */
	private static final Map<String, String> CONTENT = Map.of("/programmes/", "programme", "/projets/", "project",
			"/actualites/", "news_item");

	private final JdbcTemplate jdbc;

	private final RequestMappingHandlerMapping mappings;

	LivePages(JdbcTemplate jdbc, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.jdbc = jdbc;
		this.mappings = mappings;
	}

	boolean owns(String path) {
		for (Map.Entry<String, String> content : CONTENT.entrySet()) {
			String slug = path.startsWith(content.getKey()) ? path.substring(content.getKey().length()) : "";
			if (!slug.isEmpty() && !slug.contains("/")) {
				Integer count = this.jdbc.queryForObject("select count(*) from " + content.getValue() + " where slug = ?",
						Integer.class, slug);
				return count != null && count > 0;
			}
		}
		return !path.startsWith("/admin") && isFixedPage(path);
	}

	private boolean isFixedPage(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				if (pattern.getPatternString().indexOf('{') < 0 && pattern.getPatternString().indexOf('*') < 0
						&& pattern.matches(container)) {
					return true;
				}
			}
		}
		return false;
	}

}
