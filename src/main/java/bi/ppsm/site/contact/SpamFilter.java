package bi.ppsm.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import bi.ppsm.site.system.PpsmProperties;

/**
 * Decides whether a submission looks like spam, without any third party: the honeypot, the
 * time trap, rate limits counted on the stored messages (so they hold across instances) and
 * too many links. Returns the reason, or null.
 */
@Component
class SpamFilter {

	private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

	private static final Duration WINDOW = Duration.ofHours(1);

	private final TimeTrap timeTrap;

	private final MessageRepository messages;

	private final Clock clock;

	private final int perAddress;

	private final int perEmail;

	private final int maxLinks;

	SpamFilter(TimeTrap timeTrap, MessageRepository messages, Clock clock, PpsmProperties properties) {
		this.timeTrap = timeTrap;
		this.messages = messages;
		this.clock = clock;
		this.perAddress = properties.contact().rate().perAddress();
		this.perEmail = properties.contact().rate().perEmail();
		this.maxLinks = properties.contact().maxLinks();
	}

	String reason(ContactForm form, String clientAddress) {
		if (form.website() != null && !form.website().isEmpty()) {
			return "honeypot";
		}
		String trap = this.timeTrap.check(form.token());
		if (trap != null) {
			return trap;
		}
		var recent = this.messages.countRecent(clientAddress, form.email(), this.clock.instant().minus(WINDOW));
		if (recent.getFromAddress() >= this.perAddress) {
			return "rate: address";
		}
		if (recent.getFromEmail() >= this.perEmail) {
			return "rate: e-mail";
		}
		if (links(form.message()) + links(form.name()) > this.maxLinks) {
			return "links";
		}
		return null;
	}

	private static int links(String text) {
		if (text == null) {
			return 0;
		}
		Matcher matcher = LINK.matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
