package bi.ppsm.site.security;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every URL pattern the application maps, read from Spring MVC itself: the suite learns of a
 * new page or form without anyone updating a list by hand.
 */
final class Endpoints {

	/** Handled by Spring Security's filters, not by a controller. */
	static final Set<String> SECURITY_POSTS = Set.of("/login", "/logout");

	record Endpoint(RequestMethod method, String pattern) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	private Endpoints() {
	}

	static List<Endpoint> all(ApplicationContext context) {
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Set<Endpoint> endpoints = new TreeSet<>(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
					endpoints.add(new Endpoint(method, pattern));
				}
			}
		}
		return List.copyOf(endpoints);
	}

	static List<Endpoint> admin(ApplicationContext context, RequestMethod method) {
		return all(context).stream()
			.filter(e -> e.method() == method && (e.pattern().equals("/admin") || e.pattern().startsWith("/admin/")))
			.toList();
	}

	/** Every POST pattern: the controllers' and Spring Security's. */
	static Set<String> posts(ApplicationContext context) {
		Set<String> posts = new TreeSet<>(SECURITY_POSTS);
		all(context).stream().filter(e -> e.method() == RequestMethod.POST).map(Endpoint::pattern).forEach(posts::add);
		return posts;
	}

}
