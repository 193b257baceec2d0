package bi.ppsm.site.browser;

import java.time.Duration;
import java.time.Instant;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member in a real Chromium sets up the second factor from the QR code page, then signs
 * in with the password and a code computed here from the secret the page showed, as an
 * authenticator app would, and lands on the dashboard.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class SecondFactorBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	StaffAccount editor;

	@BeforeEach
	void editor() {
		this.editor = BrowserStaff.create(this.accounts, this.encoder, this.throttle, "second-facteur", "Rédactrice",
				StaffRole.EDITOR);
	}

	@AfterEach
	void remove(WebDriver browser) {
		browser.manage().deleteAllCookies();
		this.accounts.deleteById(this.editor.getId());
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void password(WebDriver browser) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(this.editor.getEmail());
		browser.findElement(By.id("password")).sendKeys(BrowserStaff.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login$")));
	}

	@Test
	void enrolsWithTheQrCodePageThenSignsInWithPasswordAndCode(WebDriver browser) {
		Browser.resize(true);
		password(browser);
		assertThat(browser.getCurrentUrl()).endsWith("/admin");

		browser.get(url("/admin/compte/second-facteur"));
		Browser.assertAccessible(browser);
		assertThat(browser.findElement(By.cssSelector("svg.qr-code")).isDisplayed()).isTrue();
		String secret = browser.findElement(By.cssSelector(".second-factor-secret")).getText();
		assertThat(secret).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		browser.findElement(By.id("code")).sendKeys(code(secret, 0));
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vos codes de secours");
		assertThat(browser.findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);
		Browser.assertAccessible(browser);

		Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".admin-user form button")));
		password(browser);
		assertThat(browser.getCurrentUrl()).endsWith("/admin/second-facteur");
		Browser.assertAccessible(browser);
		// the enrolment used this time step's code: the app's next code is accepted
		browser.findElement(By.id("code")).sendKeys(code(secret, 1));
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("main form.stacked button[type=submit]")));
		assertThat(browser.getCurrentUrl()).endsWith("/admin");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
		browser.get(url("/admin/programmes"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/programmes");
	}

	/** RFC 6238 as an authenticator app computes it, written here apart from the site's own code. */
	static String code(String base32, int steps) {
		ByteArrayOutputStream key = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : base32.replace(" ", "").toCharArray()) {
			buffer = (buffer << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
			bits += 5;
			if (bits >= 8) {
				key.write(buffer >> (bits - 8) & 0xff);
				bits -= 8;
			}
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.toByteArray(), "HmacSHA1"));
			long counter = Instant.now().getEpochSecond() / 30 + steps;
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
			int offset = hash[19] & 0xf;
			int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
			return String.format("%06d", value % 1_000_000);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
