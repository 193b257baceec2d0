package bi.ppsm.site.cache;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code #kept} keeps: one rendering per template, language and variables, bounded in
 * characters. The back office's menu itself is checked on real pages (the dashboard and the
 * browser journeys show each role its own menu).
 */
class KeptFragmentsTests {

	static final String TEMPLATE = "<a th:href=\"@{/admin/projets}\" th:text=\"${who} + ' ' + ${#locale.language}\">x</a>";

	final SpringTemplateEngine engine = new SpringTemplateEngine();

	KeptFragmentsTests() {
		this.engine.setTemplateResolver(new StringTemplateResolver());
	}

	KeptFragments kept(boolean keep) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("engine", this.engine));
		return new KeptFragments(beans.getBeanProvider(ITemplateEngine.class), keep);
	}

	static IWebContext page(Locale locale) {
		MockServletContext servlet = new MockServletContext();
		MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/admin");
		request.setContextPath("");
		return new WebContext(JakartaServletWebApplication.buildApplication(servlet)
			.buildExchange(request, new MockHttpServletResponse()), locale);
	}

	@Test
	void theSameTemplateWithTheSameVariablesAndLanguageIsRenderedOnce() {
		KeptFragments kept = kept(true);
		String first = kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", "Claudine"));
		assertThat(first).isEqualTo("<a href=\"/admin/projets\">Claudine fr</a>");
		// another page, another map with the same entries: the kept markup itself
		assertThat(kept.html(page(Locale.FRENCH), TEMPLATE, new HashMap<>(Map.of("who", "Claudine")))).isSameAs(first);
		assertThat(kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", "Didier")))
			.isEqualTo("<a href=\"/admin/projets\">Didier fr</a>");
		assertThat(kept.html(page(Locale.ENGLISH), TEMPLATE, Map.of("who", "Claudine")))
			.isEqualTo("<a href=\"/admin/projets\">Claudine en</a>");
		Map<String, Object> withNull = new HashMap<>();
		withNull.put("who", null);
		assertThat(kept.html(page(Locale.FRENCH), TEMPLATE, withNull)).isEqualTo("<a href=\"/admin/projets\">null fr</a>");
	}

	@Test
	void atMostMaxCharsAreKeptTheFirstKeptGoingFirst() {
		KeptFragments kept = kept(true);
		String big = "x".repeat(KeptFragments.MAX_CHARS / 4);
		String first = kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", big + "1"));
		for (int i = 2; i <= 5; i++) {
			kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", big + i));
		}
		assertThat(kept.keptChars()).isLessThanOrEqualTo(KeptFragments.MAX_CHARS);
		assertThat(kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", big + "1"))).isEqualTo(first).isNotSameAs(first);
		String fifth = kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", big + "5"));
		assertThat(kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", big + "5"))).isSameAs(fifth);
	}

	@Test
	void nothingIsKeptWhileTemplatesAreNotCached() {
		KeptFragments kept = kept(false);
		String first = kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", "Claudine"));
		assertThat(kept.html(page(Locale.FRENCH), TEMPLATE, Map.of("who", "Claudine"))).isEqualTo(first).isNotSameAs(first);
		assertThat(kept.keptChars()).isZero();
	}

}
