package bi.ppsm.site.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
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

/** A staff member in a real Chromium: signs in, edits a programme, sees it on the public site. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class StaffJourneyBrowserIT {

	static final String PASSWORD = BrowserStaff.PASSWORD;

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
		this.editor = BrowserStaff.create(this.accounts, this.encoder, this.throttle, "navigateur", "Rédactrice",
				StaffRole.EDITOR);
	}

	@AfterEach
	void signOutAndRemove(WebDriver browser) {
		browser.manage().deleteAllCookies();
		this.accounts.deleteById(this.editor.getId());
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void signIn(WebDriver browser) {
		browser.get(url("/admin"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("username")).sendKeys(this.editor.getEmail());
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		// signing in hashes the password: wait for the navigation rather than race it
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login$")));
		assertThat(browser.getCurrentUrl()).matches(".*/admin(\\?continue)?$");
	}

	@Test
	void editorChangesAProgrammeAndThePublicPageShowsItWithItsDatesIntact(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		Browser.assertAccessible(browser);
		browser.get(url("/admin/programmes"));
		Browser.assertAccessible(browser);
		String rapatriement = rapatriementEditUrl(browser);
		browser.get(rapatriement);
		Browser.assertAccessible(browser);
		WebElement name = browser.findElement(By.id("name"));
		assertThat(name.getAttribute("value")).isEqualTo("Rapatriement");
		try {
			name.clear();
			name.sendKeys("Rapatriement et réintégration");
			Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button.primary[type=submit]")));
			assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("erreur");

			browser.get(url("/programmes/rapatriement"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapatriement et réintégration");
			assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Avril 2020 – 30 mars 2025");
		}
		finally {
			browser.get(rapatriement);
			WebElement again = browser.findElement(By.id("name"));
			again.clear();
			again.sendKeys("Rapatriement");
			Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button.primary[type=submit]")));
		}
		browser.get(url("/programmes/rapatriement"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapatriement");
	}

	@Test
	void editorReordersServicesWithTheKeyboardAlone(WebDriver browser) {
		Browser.resize(false);
		signIn(browser);
		browser.get(url("/admin/services"));
		String first = "Renforcement des capacités en prise en charge psychosociale de base";
		String second = "Accompagnement psychosocial";
		assertThat(serviceOrder(browser)).startsWith(first, second);
		pressWhenFocused(browser, "Descendre « " + first + " »");
		assertThat(serviceOrder(browser)).startsWith(second, first);
		browser.get(url("/services"));
		assertThat(browser.findElements(By.cssSelector("main .card h2")).get(0).getText()).isEqualTo(second);
		browser.get(url("/admin/services"));
		pressWhenFocused(browser, "Monter « " + first + " »");
		assertThat(serviceOrder(browser)).startsWith(first, second);
	}

	@Test
	void formErrorsAreAnnouncedLinkedToTheirFieldsAndNothingTypedIsLost(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		browser.get(url("/admin/programmes"));
		browser.get(rapatriementEditUrl(browser));
		browser.findElement(By.id("name")).clear();
		WebElement note = browser.findElement(By.id("projectsNote"));
		note.clear();
		note.sendKeys("Une note tapée à la main");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button.primary[type=submit]")));
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).isDisplayed()).isTrue();
		WebElement name = browser.findElement(By.id("name"));
		assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
		String describedBy = name.getAttribute("aria-describedby");
		assertThat(browser.findElement(By.id(describedBy)).getText()).isNotBlank();
		assertThat(browser.findElement(By.id("projectsNote")).getAttribute("value")).isEqualTo("Une note tapée à la main");
		Browser.assertAccessible(browser);
		browser.get(url("/programmes/rapatriement"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapatriement");
	}

	@Test
	void halfTypedDateIsRefusedWithAnErrorOnTheMissingPart(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		browser.get(url("/admin/programmes"));
		browser.get(rapatriementEditUrl(browser));
		assertThat(browser.findElement(By.id("endDay")).getAttribute("value")).isEqualTo("30");
		new Select(browser.findElement(By.id("endMonth"))).selectByValue("");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button.primary[type=submit]")));
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).isDisplayed()).isTrue();
		WebElement month = browser.findElement(By.id("endMonth"));
		assertThat(month.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(month.getAttribute("aria-describedby")).contains("endMonth-erreurs");
		assertThat(browser.findElement(By.id("endMonth-erreurs")).getText()).startsWith("Un jour sans mois");
		assertThat(browser.findElement(By.id("endDay")).getAttribute("value")).isEqualTo("30");
		assertThat(browser.findElement(By.id("endYear")).getAttribute("value")).isEqualTo("2025");
		Browser.assertAccessible(browser);
		browser.get(url("/programmes/rapatriement"));
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Avril 2020 – 30 mars 2025");
	}

	private static java.util.List<String> serviceOrder(WebDriver browser) {
		return browser.findElements(By.cssSelector("main table tbody tr td:nth-child(2)"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Tabs through the page until the button named {@code label} has the focus, then presses Enter. */
	private static void pressWhenFocused(WebDriver browser, String label) {
		Actions keyboard = new Actions(browser);
		for (int i = 0; i < 300; i++) {
			keyboard.sendKeys(Keys.TAB).perform();
			WebElement active = browser.switchTo().activeElement();
			if (label.equals(active.getAttribute("aria-label"))) {
				keyboard.sendKeys(Keys.ENTER).perform();
				new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(active));
				return;
			}
		}
		throw new AssertionError("no keyboard stop named " + label);
	}

	private String rapatriementEditUrl(WebDriver browser) {
		for (WebElement link : browser.findElements(By.cssSelector("a[href^='/admin/programmes/']"))) {
			if (link.getText().equals("Rapatriement")) {
				return link.getAttribute("href");
			}
		}
		throw new AssertionError("no edit link for Rapatriement in " + browser.getPageSource());
	}

}
