package bi.ppsm.site.system;

import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

import bi.ppsm.site.period.PeriodFormat;

/**
 * The site's helpers as template expression objects: {@code #markdown}, {@code #formats} and
 * {@code #periods}. Thymeleaf refuses bean references ({@code @bean}) in some attributes such
 * as {@code th:utext} and {@code th:value}; expression objects work everywhere.
 */
@Component
class SiteDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Map<String, Object> objects;

	SiteDialect(Markdown markdown, Formats formats, PeriodFormat periods) {
		super("ppsm");
		this.objects = Map.of("markdown", markdown, "formats", formats, "periods", periods);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return SiteDialect.this.objects.keySet();
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return SiteDialect.this.objects.get(name);
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
