package bi.ppsm.site.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts the SQL statements Hibernate prepares for each request and, for the benchmark only
 * ({@code ppsm.bench.query-count=true}), reports them in an {@code X-Query-Count} header. The
 * response is still buffered (ETag filter) when the view has rendered, so the header can be set;
 * pages written without that buffer (no-store) get it when the request carries the same header.
 */
public class QueryCounter implements StatementInspector, HandlerInterceptor {

	/** The header of the answer, and of the benchmark's request that asks for it. */
	static final String HEADER = "X-Query-Count";

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	@Override
	public String inspect(String sql) {
		COUNT.get()[0]++;
		return sql;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		COUNT.get()[0] = 0;
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!response.isCommitted()) {
			response.setHeader(HEADER, Integer.toString(COUNT.get()[0]));
		}
	}

}
