package bi.ppsm.site.contact;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of new unread messages, for the admin navigation and dashboard; only on admin
 * pages and only for staff who may read the inbox.
 */
@ControllerAdvice
class UnreadMessagesAdvice {

	private final MessageRepository messages;

	UnreadMessagesAdvice(MessageRepository messages) {
		this.messages = messages;
	}

	@ModelAttribute("unreadMessages")
	Long unreadMessages(HttpServletRequest request, Authentication authentication) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/admin") || !"GET".equals(request.getMethod()) || authentication == null
				|| authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
					.noneMatch(a -> a.equals("ROLE_ADMINISTRATOR") || a.equals("ROLE_INBOX_HANDLER"))) {
			return null;
		}
		return this.messages.countByStatusAndReadAtIsNull(MessageStatus.NEW);
	}

}
