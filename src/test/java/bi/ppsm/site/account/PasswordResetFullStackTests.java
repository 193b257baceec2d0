package bi.ppsm.site.account;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.mail.OutboxSender;
import bi.ppsm.site.mail.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Forgotten password, through the outbox and a real SMTP server. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordResetFullStackTests {

	static final Pattern LINK = Pattern.compile("/login/nouveau-mot-de-passe\\?jeton=([A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcTemplate jdbc;

	StaffAccount account;

	@BeforeEach
	void account() {
		TestMailServer.start();
		this.account = this.accounts.save(new StaffAccount("oubli" + System.nanoTime() + "@test.bi", "Oublieuse",
				StaffRole.EDITOR, this.encoder.encode("Ancien-mot-de-passe-2026")));
	}

	@AfterEach
	void remove() {
		this.accounts.deleteById(this.account.getId());
	}

	String askAndReadToken(String email) throws Exception {
		assertThat(this.mvc.post().uri("/login/mot-de-passe-oublie").with(csrf()).param("email", email))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login/mot-de-passe-oublie?envoye");
		this.sender.runOnce();
		List<MimeMessage> mails = TestMailServer.to(email);
		if (mails.isEmpty()) {
			return null;
		}
		Matcher matcher = LINK.matcher(mails.get(mails.size() - 1).getContent().toString());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		assertThat(askAndReadToken("personne" + System.nanoTime() + "@test.bi")).isNull();
	}

	@Test
	void theLinkSetsANewPasswordOnceWithinThePolicy() throws Exception {
		String token = askAndReadToken(this.account.getEmail());
		assertThat(this.jdbc.queryForObject("select count(*) from password_reset_token where token_hash = ?",
				Integer.class, token)).as("the token itself is never stored").isZero();
		assertThat(this.mvc.get().uri("/login/nouveau-mot-de-passe?jeton=" + token)).hasStatusOk()
			.hasViewName("password-reset")
			.hasHeader("Cache-Control", "no-store");
		assertThat(this.mvc.post().uri("/login/nouveau-mot-de-passe").with(csrf())
			.param("token", token).param("password", "motdepasse123").param("confirmation", "motdepasse123"))
			.hasStatusOk()
			.hasViewName("password-reset")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("password");
		assertThat(this.mvc.post().uri("/login/nouveau-mot-de-passe").with(csrf())
			.param("token", token).param("password", "Une phrase vraiment solide").param("confirmation", "Une phrase vraiment solide"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?motDePasseChange");
		StaffAccount changed = this.accounts.findById(this.account.getId()).orElseThrow();
		assertThat(this.encoder.matches("Une phrase vraiment solide", changed.getPasswordHash())).isTrue();
		assertThat(this.mvc.get().uri("/login/nouveau-mot-de-passe?jeton=" + token)).hasStatusOk()
			.hasViewName("password-reset-invalid");
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		String token = askAndReadToken(this.account.getEmail());
		this.jdbc.update("update password_reset_token set expires_at = now() - interval '1 minute' where account_id = ?",
				this.account.getId());
		assertThat(this.mvc.get().uri("/login/nouveau-mot-de-passe?jeton=" + token)).hasStatusOk()
			.hasViewName("password-reset-invalid");
		assertThat(this.mvc.post().uri("/login/nouveau-mot-de-passe").with(csrf())
			.param("token", token).param("password", "Une phrase vraiment solide").param("confirmation", "Une phrase vraiment solide"))
			.hasStatusOk()
			.hasViewName("password-reset-invalid");
	}

	@Test
	void theLoginPageLinksToTheForgottenPasswordForm() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("/login/mot-de-passe-oublie", "Mot de passe oublié");
	}

}
