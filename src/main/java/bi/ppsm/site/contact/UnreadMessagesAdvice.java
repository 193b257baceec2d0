package bi.ppsm.site.contact;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import bi.ppsm.site.account.StaffRoles;

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
		if (!path.startsWith("/admin") || !"GET".equals(request.getMethod())
				|| !StaffRoles.of(authentication).isInboxReader()) {
			return null;
		}
		return this.messages.countByStatusAndReadAtIsNull(MessageStatus.NEW);
	}

}
