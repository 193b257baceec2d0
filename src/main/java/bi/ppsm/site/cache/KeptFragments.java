package bi.ppsm.site.cache;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code #kept.html(template, variables)} in templates: the markup of {@code template} rendered
 * with only {@code variables}, kept for the next page that asks for the same template with the
 * same variables in the same language. For a part that is the same on many pages and costly to
 * render: the back office's menu, some twenty links each with a message and an expression, is
 * rendered once per role set, language, page and count of unread messages instead of at every view.
 * <p>
 * The markup must depend on the template, the language and the variables only: a kept template
 * reads nothing else (no model attribute, no {@code #staff}, no session, no CSRF token). Its
 * links are built as the asking page's are ({@code @{…}}, in the page's language, whose prefix
 * follows the language). At most {@value #MAX_CHARS} characters are kept; when full, the markup
 * kept first goes first. Nothing is kept while templates are not cached
 * ({@code spring.thymeleaf.cache=false}, when editing them).
 */
@Component
public class KeptFragments extends AbstractDialect implements IExpressionObjectDialect {

	static final int MAX_CHARS = 500_000;

	private final ObjectProvider<ITemplateEngine> engine;

	private final boolean keep;

	private final Map<Key, String> kept = new ConcurrentHashMap<>();

	private final Queue<Key> order = new ConcurrentLinkedQueue<>();

	private final AtomicLong chars = new AtomicLong();

	KeptFragments(ObjectProvider<ITemplateEngine> engine, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
		super("kept");
		this.engine = engine;
		this.keep = keep;
	}

	/** What makes two renderings the same. */
	private record Key(String template, Locale locale, Map<String, Object> variables) {
	}

	String html(IWebContext page, String template, Map<String, ?> variables) {
		Map<String, Object> only = Collections.unmodifiableMap(new HashMap<>(variables));
		Key key = new Key(template, page.getLocale(), only);
		String html = this.keep ? this.kept.get(key) : null;
		if (html == null) {
			html = this.engine.getObject().process(template, new WebContext(page.getExchange(), page.getLocale(), only));
			if (this.keep) {
				add(key, html);
			}
		}
		return html;
	}

	private void add(Key key, String html) {
		if (this.kept.putIfAbsent(key, html) != null) {
			return;
		}
		this.order.add(key);
		this.chars.addAndGet(html.length());
		while (this.chars.get() > MAX_CHARS) {
			Key oldest = this.order.poll();
			if (oldest == null) {
				break;
			}
			String dropped = this.kept.remove(oldest);
			if (dropped != null) {
				this.chars.addAndGet(-dropped.length());
			}
		}
	}

	/** How many characters are kept (tests). */
	long keptChars() {
		return this.chars.get();
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("kept");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return new Fragments(context);
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

	/** {@code #kept} in one page. */
	public final class Fragments {

		private final IExpressionContext page;

		Fragments(IExpressionContext page) {
			this.page = page;
		}

		/** The markup of {@code template} rendered with only {@code variables}: to print with {@code th:utext}. */
		public String html(String template, Map<String, ?> variables) {
			if (!(this.page instanceof IWebContext web)) {
				throw new IllegalStateException("#kept needs a web page: " + template);
			}
			return KeptFragments.this.html(web, template, variables);
		}

	}

}
