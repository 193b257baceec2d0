package bi.ppsm.site.contact;

import java.time.Clock;

import org.springframework.context.ApplicationContext;

/**
 * For tests of other packages: a time-trap token of the contact form that passes the check, as
 * if the form had been rendered ten seconds ago (the same approach as ContactFullStackTests).
 */
public final class ContactFormTokens {

	private ContactFormTokens() {
	}

	public static String oldEnough(ApplicationContext context) {
		return context.getBean(TimeTrap.class).issueAt(context.getBean(Clock.class).millis() - 10_000);
	}

}
