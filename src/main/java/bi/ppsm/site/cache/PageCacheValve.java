package bi.ppsm.site.cache;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers requests for stored pages inside Tomcat, in the application's pipeline before the
 * servlet and its filter chain are set up: the same answer as {@link PageCacheFilter} gives
 * (which still stores the pages, and answers where there is no Tomcat, as in MockMvc tests),
 * for about a fifth less work per cached answer. It runs after the engine's
 * {@code RemoteIpValve}, so the scheme and client address are those the proxy reported.
 */
@Component
class PageCacheValve extends ValveBase implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final PageCacheFilter pages;

	PageCacheValve(PageCacheFilter pages) {
		super(true);
		this.pages = pages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextValves(this);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!this.pages.serveFromCache(request, response)) {
			getNext().invoke(request, response);
		}
	}

}
