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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin forms in a real Chromium: the address proposed from the name, the warning before
 * leaving unsaved changes, the preview of unsaved text beside the form (the database keeps
 * the saved text) and the message after a save.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class AdminFormsBrowserIT {

	static final String PASSWORD = BrowserStaff.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	StaffAccount editor;

	@BeforeEach
	void editor() {
		this.editor = BrowserStaff.create(this.accounts, this.encoder, this.throttle, "formulaires", "Rédacteur",
				StaffRole.EDITOR);
	}

	@AfterEach
	void signOutAndRemove(WebDriver browser) {
		String main = browser.getWindowHandles().iterator().next();
		for (String handle : browser.getWindowHandles()) {
			if (!handle.equals(main)) {
				browser.switchTo().window(handle).close();
			}
		}
		browser.switchTo().window(main);
		browser.get(url("/"));
		browser.manage().deleteAllCookies();
		this.accounts.deleteById(this.editor.getId());
	}

	@Test
	void theAddressIsProposedFromTheNameUntilEditedByHand(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		browser.get(url("/admin/programmes/nouveau"));
		WebElement name = browser.findElement(By.id("name"));
		WebElement slug = browser.findElement(By.id("slug"));
		name.sendKeys("Éducation à la paix : l’œuvre");
		assertThat(slug.getAttribute("value")).isEqualTo("education-a-la-paix-l-oeuvre");
		slug.clear();
		slug.sendKeys("paix");
		name.sendKeys(" 2");
		assertThat(slug.getAttribute("value")).as("edited by hand, kept").isEqualTo("paix");
		assertThat(name.getAttribute("aria-required")).isEqualTo("true");
		assertThat(browser.findElement(By.cssSelector("label[for=name] .required-mark")).isDisplayed()).isTrue();
		Browser.assertAccessible(browser);
	}

	/**
	 * The page asks before it is left once a field changed, and not after a save. ChromeDriver
	 * accepts the browser's "leave this page?" prompt by itself, so the test asks the page
	 * whether it would hold the visitor back (a cancelled {@code beforeunload}).
	 */
	@Test
	void leavingAChangedFormAsksFirstButNotAfterSaving(WebDriver browser) {
		Browser.resize(false);
		signIn(browser);
		browser.get(rapatriementEditUrl(browser));
		assertThat(wouldAskBeforeLeaving(browser)).as("nothing changed yet").isFalse();
		WebElement note = browser.findElement(By.id("projectsNote"));
		String before = note.getAttribute("value");
		note.sendKeys(" et une suite");
		assertThat(wouldAskBeforeLeaving(browser)).as("a field changed").isTrue();
		note.clear();
		note.sendKeys(before);
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button.primary[type=submit]")));
		assertThat(browser.findElement(By.cssSelector(".flash")).isDisplayed()).isTrue();
		assertThat(wouldAskBeforeLeaving(browser)).as("just saved").isFalse();
	}

	@Test
	void thePreviewShowsTheUnsavedTextBesideTheFormAndSavesNothing(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		String edit = rapatriementEditUrl(browser);
		browser.get(edit);
		String saved = summaryOfRapatriement();
		int auditEntries = this.jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
		WebElement summary = browser.findElement(By.id("summary"));
		summary.clear();
		summary.sendKeys("Un texte **pas encore** enregistré");
		String form = browser.getWindowHandle();
		browser.findElement(By.cssSelector("button[formtarget=_blank]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.numberOfWindowsToBe(2));
		String preview = browser.getWindowHandles().stream().filter(h -> !h.equals(form)).findFirst().orElseThrow();
		browser.switchTo().window(preview);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview-banner")));
		assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText()).contains("Aperçu — non enregistré");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Un texte pas encore enregistré");
		assertThat(browser.findElement(By.cssSelector("main strong")).getText()).isEqualTo("pas encore");
		Browser.assertAccessible(browser);
		assertThat(summaryOfRapatriement()).as("the database keeps the saved text").isEqualTo(saved);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(auditEntries);

		// back to the form: the preview's own tab closes, the form is as it was left
		browser.findElement(By.cssSelector("[data-preview-back]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.numberOfWindowsToBe(1));
		browser.switchTo().window(form);
		assertThat(browser.findElement(By.id("summary")).getAttribute("value"))
			.isEqualTo("Un texte **pas encore** enregistré");

		// leaving still asks: the text is not saved
		assertThat(wouldAskBeforeLeaving(browser)).isTrue();
		WebElement menu = browser.findElement(By.id("menu"));
		if (menu.getAttribute("open") == null) {
			menu.findElement(By.tagName("summary")).click(); // closed on a phone
		}
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".admin-nav a[href='/admin']")));
		assertThat(summaryOfRapatriement()).isEqualTo(saved);
	}

	@Test
	void aSaveNamesTheProgrammeAndLinksToItsPublicPage(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		browser.get(rapatriementEditUrl(browser));
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button.primary[type=submit]")));
		WebElement flash = browser.findElement(By.cssSelector(".flash"));
		assertThat(flash.getText()).contains("Programme « Rapatriement » enregistré.");
		assertThat(flash.findElement(By.linkText("Voir la page publique")).getAttribute("href"))
			.endsWith("/programmes/rapatriement");
		assertThat(flash.findElement(By.linkText("Retour à la liste")).getAttribute("href")).endsWith("/admin/programmes");
		Browser.assertAccessible(browser);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	String summaryOfRapatriement() {
		return this.jdbc.queryForObject("select summary from programme where slug = 'rapatriement'", String.class);
	}

	void signIn(WebDriver browser) {
		browser.get(url("/admin"));
		browser.findElement(By.id("username")).sendKeys(this.editor.getEmail());
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login$")));
	}

	String rapatriementEditUrl(WebDriver browser) {
		browser.get(url("/admin/programmes"));
		return browser.findElements(By.cssSelector("a[href^='/admin/programmes/']"))
			.stream()
			.filter(link -> link.getText().equals("Rapatriement"))
			.findFirst()
			.orElseThrow()
			.getAttribute("href");
	}

	/** Whether leaving now would bring up the browser's "leave this page?" prompt. */
	static boolean wouldAskBeforeLeaving(WebDriver browser) {
		return (Boolean) ((JavascriptExecutor) browser).executeScript("""
				var event = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(event);
				return event.defaultPrevented;""");
	}

}
