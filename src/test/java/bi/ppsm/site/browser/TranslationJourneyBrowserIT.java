package bi.ppsm.site.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member in a real Chromium translates a programme into English from its edit form,
 * and a visitor of the English site reads it in English: no part of it is marked as French.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class TranslationJourneyBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	StaffAccount editor;

	@BeforeEach
	void editor() {
		this.editor = BrowserStaff.create(this.accounts, this.encoder, this.throttle, "traductrice", "Traductrice",
				StaffRole.EDITOR);
	}

	@AfterEach
	void signOutAndForget(WebDriver browser) {
		browser.manage().deleteAllCookies();
		this.accounts.deleteById(this.editor.getId());
		this.jdbc.sql("delete from content_translation where entity_type = 'programme'").update();
	}

	@Test
	void editorTranslatesAProgrammeAndAnEnglishVisitorReadsItInEnglish(WebDriver browser) {
		Browser.resize(false);
		signIn(browser);
		browser.get(url("/admin/programmes"));
		browser.findElement(By.linkText("Rapatriement")).click();
		WebElement box = browser.findElement(By.cssSelector(".translation-box"));
		assertThat(box.getText()).contains("anglais — tout manque", "kirundi — tout manque");
		Browser.clickAndWait(browser, box.findElement(By.linkText("Traduire cette fiche")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Traductions : Rapatriement");
		Browser.assertAccessible(browser);

		browser.findElement(By.id("enname")).sendKeys("Repatriation");
		WebElement summary = browser.findElement(By.id("ensummary"));
		summary.sendKeys("The Repatriation programme strengthens **social cohesion**. It includes projects.");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button.primary[type=submit]")));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText())
			.contains("Traductions de « Rapatriement » enregistrées.");
		assertThat(browser.findElement(By.id("enname")).getAttribute("value")).isEqualTo("Repatriation");
		Browser.assertAccessible(browser);

		browser.manage().deleteAllCookies();
		browser.get(url("/en/programmes/rapatriement"));
		WebElement h1 = browser.findElement(By.tagName("h1"));
		assertThat(h1.getText()).isEqualTo("Repatriation");
		assertThat(language(browser, h1)).isEqualTo("en");
		WebElement prose = browser.findElement(By.cssSelector(".prose"));
		assertThat(prose.findElement(By.tagName("strong")).getText()).isEqualTo("social cohesion");
		assertThat(language(browser, prose)).isEqualTo("en");
		assertThat(browser.getTitle()).startsWith("Repatriation |");
		Browser.assertAccessible(browser);
	}

	@Test
	void missingTranslationsListIsAccessibleAndLeadsToEachRecord(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		browser.get(url("/admin/traductions?langue=rn"));
		Browser.assertAccessible(browser);
		assertThat(browser.findElement(By.cssSelector(".translation-langs a[aria-current=page]")).getText())
			.isEqualTo("kirundi");
		Browser.clickAndWait(browser, browser.findElement(By.linkText("Rapatriement")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Traductions : Rapatriement");
		Browser.assertAccessible(browser);
		Number scroll = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(scroll.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);
	}

	/** The language an element is read in: the lang of its nearest ancestor (or itself) that has one. */
	private static String language(WebDriver browser, WebElement element) {
		return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].closest('[lang]').lang;",
				element);
	}

	private void signIn(WebDriver browser) {
		browser.get(url("/admin"));
		browser.findElement(By.id("username")).sendKeys(this.editor.getEmail());
		browser.findElement(By.id("password")).sendKeys(BrowserStaff.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login$")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
