package bi.ppsm.site.system;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database cannot be reached, visitors get the French "service momentanément
 * indisponible" page with a 503 and a hint to retry, never a 500 or a stack trace. Forms that
 * must keep what was typed handle the outage themselves, before this.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(UnavailableAdvice.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView databaseUnavailable(RuntimeException ex, HttpServletResponse response) {
		log.error("Database unavailable: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		ModelAndView page = new ModelAndView("error/5xx");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

}
