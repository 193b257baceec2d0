package bi.ppsm.site.mail;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of e-mails waiting in the outbox while no SMTP server is configured, for the
 * dashboard of administrators and inbox handlers (model attribute {@code mailsWaitingWithoutSmtp},
 * null when there is nothing to say).
 */
@ControllerAdvice
class UnsentMailAdvice {

	private final boolean configured;

	private final OutboxRepository mails;

	/** The same test as {@link OutboxSender}: without spring.mail.host nothing is sent. */
	UnsentMailAdvice(@Value("${spring.mail.host:}") String host, OutboxRepository mails) {
		this.configured = StringUtils.hasText(host);
		this.mails = mails;
	}

	@ModelAttribute("mailsWaitingWithoutSmtp")
	Long mailsWaitingWithoutSmtp(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (this.configured || !"GET".equals(request.getMethod())
				|| !(path.equals("/admin") || path.equals("/admin/"))
				|| !(request.isUserInRole("ADMINISTRATOR") || request.isUserInRole("INBOX_HANDLER"))) {
			return null;
		}
		long waiting = this.mails.countByStatus(OutboxMail.Status.PENDING);
		return (waiting > 0) ? waiting : null;
	}

}
