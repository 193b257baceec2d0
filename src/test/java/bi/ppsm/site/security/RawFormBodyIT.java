package bi.ppsm.site.security;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form bodies no browser sends, as raw bytes to the real server: malformed UTF-8 escaped or
 * not, encoded NUL, broken escapes, duplicated and nameless parameters, a parameter name with a
 * control character, a body over Tomcat's limit, unknown or odd charsets. To the contact form,
 * the sign-in, the forgotten password and an admin form. Never a 5xx, a French page or a
 * redirect, no stack trace; what the contact form stored holds no NUL.
 */
class RawFormBodyIT extends RealServerSuite {

	/** Odd bodies; {@code %s} stands for the form's other (valid) fields. */
	static final Map<String, byte[]> JUNK = Map.ofEntries(Map.entry("escaped bad UTF-8", ascii("name=%C3%28%FF%FE&%s")),
			Map.entry("raw bad UTF-8", concat(ascii("name="), new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xC0,
					(byte) 0xAF }, ascii("&%s"))),
			Map.entry("encoded NUL", ascii("name=a%00b&%s")), Map.entry("broken escapes", ascii("name=%&x=%G1&y=%C&%s")),
			Map.entry("duplicated", ascii("%s&%s&name=a&name=b")), Map.entry("nameless", ascii("=x&&&=&%s&novalue")),
			Map.entry("control in a name", ascii("na%00me=x&%0D%0Aevil=1&%s")),
			Map.entry("over the size limit", concat(ascii("%s&name="), "a".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII))));

	final String writer = "brut-" + System.nanoTime() + "@exemple.bi";

	@AfterAll
	void forgetTheWriter() {
		this.jdbc.update("delete from contact_message where email = ?", this.writer);
		this.throttle.reset(this.writer, "127.0.0.1");
	}

	@Test
	void oddBodiesToThePublicFormsNeverBreakThem() {
		List<String> failures = new ArrayList<>();
		for (var junk : JUNK.entrySet()) {
			HttpVisitor visitor = visitor();
			String token = visitor.csrfToken("/contact");
			String contact = "email=" + HttpVisitor.encode(this.writer)
					+ "&subject=SUPPORT&message=Un+message+au+corps+bizarre.&_csrf=" + HttpVisitor.encode(token);
			send(failures, visitor, "/contact", junk.getKey(), junk.getValue(), contact,
					"application/x-www-form-urlencoded");
			send(failures, visitor, "/contact", junk.getKey() + ", ISO-8859-1", junk.getValue(), contact,
					"application/x-www-form-urlencoded; charset=ISO-8859-1");
			send(failures, visitor, "/contact", junk.getKey() + ", unknown charset", junk.getValue(), contact,
					"application/x-www-form-urlencoded; charset=x-inconnu");
			String login = "username=" + HttpVisitor.encode(this.writer) + "&password=faux&_csrf=" + HttpVisitor.encode(token);
			send(failures, visitor, "/login", junk.getKey(), junk.getValue(), login, "application/x-www-form-urlencoded");
			String forgotten = "email=" + HttpVisitor.encode(this.writer) + "&_csrf="
					+ HttpVisitor.encode(visitor.csrfToken("/login/mot-de-passe-oublie"));
			send(failures, visitor, "/login/mot-de-passe-oublie", junk.getKey(), junk.getValue(), forgotten,
					"application/x-www-form-urlencoded");
		}
		assertThat(failures).isEmpty();
		assertThat(this.jdbc.queryForList("select coalesce(sender_name, '') || body from contact_message where email = ?",
				String.class, this.writer)).as("messages stored from odd bodies").allSatisfy(text -> assertThat(text)
					.doesNotContain("\u0000"));
	}

	@Test
	void oddBodiesToAnAdminFormNeverBreakIt() {
		HttpVisitor administrator = signedIn(StaffRole.ADMINISTRATOR);
		long mission = this.fixtures.firstId("mission");
		List<String> failures = new ArrayList<>();
		var before = DatabaseFingerprint.of(this.jdbc);
		for (var junk : JUNK.entrySet()) {
			// a stale version: the form always comes back, so nothing is saved
			String form = "text=Une+mission&version=-1&_csrf="
					+ HttpVisitor.encode(administrator.csrfToken("/admin/missions/" + mission));
			byte[] body = new String(junk.getValue(), StandardCharsets.ISO_8859_1).replace("name=", "text=")
				.getBytes(StandardCharsets.ISO_8859_1);
			send(failures, administrator, "/admin/missions/" + mission, junk.getKey(), body, form,
					"application/x-www-form-urlencoded");
		}
		assertThat(failures).isEmpty();
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	private static void send(List<String> failures, HttpVisitor client, String path, String label, byte[] junk,
			String valid, String contentType) {
		String text = new String(junk, StandardCharsets.ISO_8859_1).replace("%s", valid);
		byte[] body = text.getBytes(StandardCharsets.ISO_8859_1);
		byte[] request = concat(ascii("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Content-Type: " + contentType + "\r\nCookie: " + client.cookieHeader() + "\r\nContent-Length: "
				+ body.length + "\r\nConnection: close\r\n\r\n"), body);
		String answer;
		try {
			answer = client.raw(request);
		}
		catch (UncheckedIOException ex) {
			// the server may close the connection on a body over its limit before reading it all
			if (label.startsWith("over the size limit")) {
				return;
			}
			throw ex;
		}
		String what = "POST " + path + " " + label;
		if (answer.length() < 12) {
			failures.add(what + ": no answer");
			return;
		}
		int status = Integer.parseInt(answer.substring(9, 12));
		if (status >= 500) {
			failures.add(what + ": status " + status);
		}
		if (status == 200 || (status >= 400 && answer.contains("text/html"))) {
			if (!answer.contains("lang=\"fr\"")) {
				failures.add(what + ": " + status + " page not in French");
			}
		}
		Payloads.problemsIn(answer).forEach(p -> failures.add(what + ": " + p));
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
