package bi.ppsm.site.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real SMTP server (GreenMail) on a free loopback port for the whole test run, so that
 * every context that sends mail shares it. Tests can stop it and start it again on the same
 * port; they find their mails by recipient, since other tests send mail too.
 */
public final class TestMailServer {

	private static final int PORT = freePort();

	private static GreenMail server;

	private TestMailServer() {
	}

	public static synchronized void start() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
	}

	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	public static int port() {
		return PORT;
	}

	/** spring.mail.host/port of the test context, pointing at this server. */
	public static void register(DynamicPropertyRegistry registry) {
		start();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	/** Mails received since the server (re)started, addressed to this recipient. */
	public static synchronized List<MimeMessage> to(String recipient) {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages()).filter(m -> isFor(m, recipient)).toList();
	}

	private static boolean isFor(MimeMessage message, String recipient) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
