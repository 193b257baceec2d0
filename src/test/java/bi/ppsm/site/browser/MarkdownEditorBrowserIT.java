package bi.ppsm.site.browser;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown editor of long admin texts in a real Chromium, with the keyboard alone: the
 * toolbar formats the selection, the preview follows the typing as visitors will see it, an
 * image is chosen from the library in a dialog and inserted at the cursor; axe-core finds no
 * violation and the site's CSP refuses nothing. The library's chooser is the MEDIA feature's; a
 * stand-in answering its contract is mapped by this test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class MarkdownEditorBrowserIT {

	/** Where the stand-in chooser answers (the page's own address is the real one). */
	static final String STUB = "/admin/essai-editeur/images/choix";

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

	String saved;

	@BeforeEach
	void editor() {
		this.editor = BrowserStaff.create(this.accounts, this.encoder, this.throttle, "editeur-markdown", "Rédactrice",
				StaffRole.EDITOR);
		this.saved = summaryOfRapatriement();
	}

	@AfterEach
	void signOutAndRemove(WebDriver browser) {
		browser.get(url("/"));
		browser.manage().deleteAllCookies();
		this.accounts.deleteById(this.editor.getId());
		this.jdbc.update("update programme set summary = ? where slug = 'rapatriement'", this.saved);
		this.jdbc.update("delete from form_draft where login = ?", this.editor.getEmail());
	}

	@Test
	void withTheKeyboardAloneTextIsFormattedPreviewedAndGivenAnImage(WebDriver browser) {
		Browser.resize(false);
		signIn(browser);
		browser.get(rapatriementEditUrl(browser));
		consoleErrors(browser); // empties the log of the pages before
		WebElement summary = browser.findElement(By.id("summary"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#summary-apercu .markdown-preview")).isDisplayed());
		assertThat(AdminFormsBrowserIT.wouldAskBeforeLeaving(browser)).as("nothing changed yet").isFalse();

		// select a word with the keyboard, reach the bold button with Tab, press Enter
		summary.clear();
		summary.sendKeys("Un texte important");
		Actions keyboard = new Actions(browser);
		keyboard.keyDown(Keys.SHIFT);
		for (int i = 0; i < "important".length(); i++) {
			keyboard.sendKeys(Keys.ARROW_LEFT);
		}
		keyboard.keyUp(Keys.SHIFT).perform();
		WebElement bold = toolbarButton(browser, "bold");
		shiftTabUntil(browser, bold);
		assertThat(bold.getText()).isEqualTo("Gras");
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		assertThat(summary.getAttribute("value")).isEqualTo("Un texte **important**");
		assertThat(browser.switchTo().activeElement()).as("focus back in the text").isEqualTo(summary);
		assertThat(AdminFormsBrowserIT.wouldAskBeforeLeaving(browser)).as("the change reached the form").isTrue();

		// the preview follows, as visitors will see it, and says so politely
		WebElement preview = browser.findElement(By.cssSelector("#summary-apercu .markdown-preview"));
		waitFor(browser, d -> preview.findElements(By.tagName("strong")).stream().anyMatch(s -> s.getText().equals("important")));
		assertThat(browser.findElement(By.cssSelector("#summary-apercu [role=status]")).getText()).isEqualTo("Aperçu à jour.");
		summary.sendKeys(Keys.END, " et ");
		summary.sendKeys(Keys.chord(Keys.CONTROL, "i"));
		summary.sendKeys("nuancé");
		assertThat(summary.getAttribute("value")).as("Ctrl+I").isEqualTo("Un texte **important** et _nuancé_");
		waitFor(browser, d -> preview.findElements(By.tagName("em")).stream().anyMatch(s -> s.getText().equals("nuancé")));
		summary.sendKeys(Keys.END, Keys.ENTER, Keys.ENTER, "<script>alert(1)</script>[clic](javascript:alert(2))");
		waitFor(browser, d -> preview.getText().contains("clic"));
		assertThat(preview.findElements(By.cssSelector("script, a[href^='javascript']"))).isEmpty();
		summary.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		summary.sendKeys("Début", Keys.ENTER, Keys.ENTER, "Fin");
		summary.sendKeys(Keys.ARROW_UP);

		// the image button is reached with the arrow keys of the toolbar and opens the chooser
		useStub(browser, STUB);
		WebElement image = toolbarButton(browser, "image-library");
		shiftTabUntil(browser, toolbarButton(browser, "bold"));
		for (int i = 0; i < 7 && !browser.switchTo().activeElement().equals(image); i++) {
			new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
		}
		assertThat(browser.switchTo().activeElement()).as("arrows move along the toolbar").isEqualTo(image);
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		WebElement dialog = browser.findElement(By.id("summary-images"));
		waitFor(browser, d -> dialog.getAttribute("open") != null);
		WebElement search = browser.findElement(By.id("summary-images-recherche"));
		assertThat(browser.switchTo().activeElement()).as("focus in the dialog").isEqualTo(search);
		waitFor(browser, d -> dialog.findElements(By.cssSelector(".image-choices [data-markdown]")).size() == 2);
		Browser.assertAccessible(browser);
		new Actions(browser).sendKeys("photo").perform();
		waitFor(browser, d -> dialog.findElements(By.cssSelector(".image-choices [data-markdown]")).size() == 1);
		WebElement choice = dialog.findElement(By.cssSelector(".image-choices [data-markdown]"));
		assertThat(choice.getText()).isEqualTo("Une photo");
		tabUntil(browser, choice);
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		waitFor(browser, d -> dialog.getAttribute("open") == null);
		assertThat(summary.getAttribute("value")).isEqualTo("Début\n\n![Une photo](/images/42)\n\nFin");
		assertThat(browser.switchTo().activeElement()).as("focus back in the text").isEqualTo(summary);

		// Escape closes the chooser and gives the focus back to its button
		image.click();
		waitFor(browser, d -> dialog.getAttribute("open") != null);
		new Actions(browser).sendKeys(Keys.ESCAPE).perform();
		waitFor(browser, d -> dialog.getAttribute("open") == null);
		assertThat(browser.switchTo().activeElement()).isEqualTo(image);
		assertThat(summary.getAttribute("value")).as("nothing inserted").isEqualTo("Début\n\n![Une photo](/images/42)\n\nFin");

		Browser.assertAccessible(browser);
		assertThat(consoleErrors(browser)).as("console errors (CSP included)").isEmpty();
		assertThat(summaryOfRapatriement()).as("a preview saves nothing").isEqualTo(this.saved);
	}

	@Test
	void aMissingLibraryIsSaidInFrenchAndTheSearchChangesNothingInTheForm(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		browser.get(rapatriementEditUrl(browser));
		consoleErrors(browser);
		useStub(browser, "/admin/essai-editeur/images/absent");
		WebElement image = toolbarButton(browser, "image-library");
		image.click();
		WebElement dialog = browser.findElement(By.id("summary-images"));
		WebElement status = dialog.findElement(By.cssSelector(".image-chooser-status"));
		waitFor(browser, d -> status.getText().startsWith("Les images de la médiathèque n’ont pas pu être chargées."));
		assertThat(dialog.findElement(By.linkText("Ouvrir la médiathèque (nouvel onglet)")).getAttribute("href"))
			.endsWith("/admin/images");
		browser.switchTo().activeElement().sendKeys("atelier");
		assertThat(AdminFormsBrowserIT.wouldAskBeforeLeaving(browser)).as("searching is no change of the form").isFalse();
		Browser.assertAccessible(browser);
		dialog.findElement(By.cssSelector("[data-image-close]")).click();
		waitFor(browser, d -> dialog.getAttribute("open") == null);
		assertThat(browser.switchTo().activeElement()).isEqualTo(image);
		// the 404 of the chooser is the only error the console may show
		assertThat(consoleErrors(browser)).allMatch(line -> line.contains("404"));
	}

	@Test
	void onAPhoneTheTextAndItsPreviewTakeTurns(WebDriver browser) {
		Browser.resize(true);
		signIn(browser);
		browser.get(rapatriementEditUrl(browser));
		consoleErrors(browser);
		WebElement summary = browser.findElement(By.id("summary"));
		WebElement pane = browser.findElement(By.id("summary-apercu"));
		WebElement write = browser.findElement(By.cssSelector(".field.markdown [data-view=write]"));
		WebElement show = browser.findElement(By.cssSelector(".field.markdown [data-view=preview]"));
		waitFor(browser, d -> show.isDisplayed());
		assertThat(summary.isDisplayed()).isTrue();
		assertThat(pane.isDisplayed()).isFalse();
		summary.clear();
		summary.sendKeys("Un **aperçu** sur téléphone");
		show.sendKeys(Keys.ENTER);
		assertThat(show.getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(summary.isDisplayed()).isFalse();
		waitFor(browser, d -> pane.findElements(By.tagName("strong")).stream().anyMatch(s -> s.getText().equals("aperçu")));
		Browser.assertAccessible(browser);
		assertThat((Boolean) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
		write.sendKeys(Keys.ENTER);
		assertThat(summary.isDisplayed()).isTrue();
		assertThat(write.getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(consoleErrors(browser)).isEmpty();
		// the console is really read: an inline script is refused by the CSP and said there
		((JavascriptExecutor) browser).executeScript(
				"var s = document.createElement('script'); s.textContent = 'window.inline = 1'; document.body.appendChild(s);");
		assertThat(consoleErrors(browser)).anyMatch(line -> line.contains("Content Security Policy"));
	}

	/** Points the page's chooser to the stand-in of this test (or to a missing address). */
	static void useStub(WebDriver browser, String path) {
		((JavascriptExecutor) browser).executeScript(
				"var url = arguments[0]; document.querySelectorAll('dialog.image-chooser').forEach(function (d) { d.setAttribute('data-url', url); });",
				path);
	}

	static WebElement toolbarButton(WebDriver browser, String style) {
		return browser.findElement(By.cssSelector(".field.markdown [data-md-button='" + style + "']"));
	}

	static void waitFor(WebDriver browser, java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
	}

	static void shiftTabUntil(WebDriver browser, WebElement target) {
		for (int i = 0; i < 20; i++) {
			new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
			if (browser.switchTo().activeElement().equals(target)) {
				return;
			}
		}
		throw new AssertionError("not reachable with Shift+Tab: " + target.getText());
	}

	static void tabUntil(WebDriver browser, WebElement target) {
		for (int i = 0; i < 20; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			if (browser.switchTo().activeElement().equals(target)) {
				return;
			}
		}
		throw new AssertionError("not reachable with Tab: " + target.getText());
	}

	/** The errors the page wrote to the console since the last call; CSP refusals are errors there. */
	static List<String> consoleErrors(WebDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> !message.toLowerCase(Locale.ROOT).contains("favicon"))
			.toList();
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
		browser.findElement(By.id("password")).sendKeys(BrowserStaff.PASSWORD);
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

	/**
	 * A stand-in for the library's chooser (built by the media feature), answering its contract:
	 * an HTML fragment {@code <ul class="image-choices">} of buttons carrying the Markdown to insert.
	 */
	@TestConfiguration
	static class ChooserStub {

		@Bean
		StubController markdownEditorChooserStub() {
			return new StubController();
		}

	}

	@org.springframework.stereotype.Controller
	static class StubController {

		@GetMapping(value = STUB, produces = "text/html;charset=UTF-8")
		@ResponseBody
		String choices(@RequestParam(name = "q", required = false) String q) {
			String query = (q == null) ? "" : q.toLowerCase(Locale.ROOT);
			StringBuilder html = new StringBuilder("<ul class=\"image-choices\">");
			Stream.of(new String[] { "Une photo", "42" }, new String[] { "Un atelier", "43" })
				.filter(image -> image[0].toLowerCase(Locale.ROOT).contains(query))
				.forEach(image -> html.append("<li><button type=\"button\" data-markdown=\"![")
					.append(image[0])
					.append("](/images/")
					.append(image[1])
					.append(")\"><img src=\"/img/logo.svg\" alt=\"\"><span>")
					.append(image[0])
					.append("</span></button></li>"));
			return html.append("</ul>").toString();
		}

	}

}
