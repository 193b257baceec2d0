package bi.ppsm.site.account;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives templates {@code #staff}: the signed-in staff member's roles ({@link StaffRoles}), read
 * once per rendered template.
 */
@Component
class StaffDialect extends AbstractDialect implements IExpressionObjectDialect {

	StaffDialect() {
		super("staff");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("staff");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return StaffRoles.of(SecurityContextHolder.getContext().getAuthentication());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
