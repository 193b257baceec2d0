package bi.ppsm.site.translation;

import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@code #tr} ({@link TranslatedText}) and {@code #translationStatus} ({@link TranslationStatus})
 * in templates: expression objects work in every attribute, including the layout's parameters
 * and {@code th:utext}, where Thymeleaf refuses bean references.
 */
@Component
public class TranslationDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Map<String, Object> objects;

	TranslationDialect(TranslatedText text, TranslationStatus status) {
		super("translation");
		this.objects = Map.of("tr", text, "translationStatus", status);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return TranslationDialect.this.objects.keySet();
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return TranslationDialect.this.objects.get(name);
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
