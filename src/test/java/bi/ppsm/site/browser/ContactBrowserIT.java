package bi.ppsm.site.browser;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.contact.ContactMessage;
import bi.ppsm.site.contact.MessageRepository;
import bi.ppsm.site.mail.OutboxSender;
import bi.ppsm.site.mail.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium: a visitor writes through the contact form and sees the thank-you page;
 * an inbox handler answers in the admin and the reply reaches the visitor's mailbox.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "ppsm.contact.min-seconds=0")
@ExtendWith(Browser.class)
class ContactBrowserIT {

	static final String PASSWORD = "Un-mot-de-passe-solide-2026";

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	MessageRepository messages;

	@Autowired
	OutboxSender sender;

	@Autowired
	PasswordEncoder encoder;

	StaffAccount handler;

	@BeforeEach
	void handler() {
		TestMailServer.start();
		this.handler = this.accounts.save(new StaffAccount("ecoute" + System.nanoTime() + "@test.bi", "Écoutante",
				StaffRole.INBOX_HANDLER, this.encoder.encode(PASSWORD)));
	}

	@AfterEach
	void signOutAndRemove(WebDriver browser) {
		browser.manage().deleteAllCookies();
		this.accounts.deleteById(this.handler.getId());
	}

	static WebDriverWait wait(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aVisitorWritesAndAnInboxHandlerAnswersByEmail(WebDriver browser) throws Exception {
		Browser.resize(false);
		String visitor = "visiteur" + System.nanoTime() + "@exemple.bi";
		browser.get(url("/contact"));
		Browser.assertAccessible(browser);
		browser.findElement(By.id("email")).sendKeys(visitor);
		new Select(browser.findElement(By.id("subject"))).selectByValue("INFORMATION");
		browser.findElement(By.id("message")).sendKeys("Bonjour, quels sont vos horaires ?\nMerci.");
		browser.findElement(By.cssSelector("form.contact-form button[type=submit]")).click();
		wait(browser).until(ExpectedConditions.urlContains("/contact/merci"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci pour votre message");
		Browser.assertAccessible(browser);

		ContactMessage message = this.messages.findAll()
			.stream()
			.filter(m -> m.getEmail().equals(visitor))
			.findFirst()
			.orElseThrow();
		assertThat(message.getStatus().name()).isEqualTo("NEW");

		browser.get(url("/admin/messages"));
		browser.findElement(By.id("username")).sendKeys(this.handler.getEmail());
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait(browser).until(ExpectedConditions.urlContains("/admin/messages"));
		Browser.assertAccessible(browser);
		browser.get(url("/admin/messages/" + message.getId()));
		Browser.assertAccessible(browser);
		browser.findElement(By.id("reply")).sendKeys("Bonjour,\nNous sommes ouverts du lundi au vendredi.");
		browser.findElement(By.xpath("//textarea[@id='reply']/ancestor::form//button[@type='submit']")).click();
		wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
		Browser.assertAccessible(browser);

		this.sender.runOnce();
		List<MimeMessage> received = TestMailServer.to(visitor);
		assertThat(received).extracting(MimeMessage::getSubject).contains("Re: Votre message à la PPSM");
		MimeMessage reply = received.stream().filter(m -> {
			try {
				return m.getSubject().startsWith("Re:");
			}
			catch (Exception ex) {
				return false;
			}
		}).findFirst().orElseThrow();
		assertThat(reply.getContent().toString()).contains("du lundi au vendredi");
		assertThat(reply.getHeader("In-Reply-To")).isNotNull();
	}

	@Test
	void forgottenPasswordPagesAreAccessible(WebDriver browser) {
		Browser.resize(true);
		browser.get(url("/login"));
		browser.findElement(By.linkText("Mot de passe oublié")).click();
		wait(browser).until(ExpectedConditions.urlContains("/login/mot-de-passe-oublie"));
		Browser.assertAccessible(browser);
		browser.findElement(By.id("email")).sendKeys("personne@exemple.bi");
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait(browser).until(ExpectedConditions.urlContains("?envoye"));
		Browser.assertAccessible(browser);
		browser.get(url("/login/nouveau-mot-de-passe?jeton=faux"));
		Browser.assertAccessible(browser);
	}

}
