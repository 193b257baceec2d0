package bi.ppsm.site.browser;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
 * Nothing typed is lost, in a real Chromium at phone and desktop sizes: a save pressed after
 * the session ended comes back, after signing in, in the form with a French message, and is
 * saved by a second click; a text typed and left without saving is offered back as a draft.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class KeptInputBrowserIT {

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

	long programme;

	String slug;

	String summary;

	@BeforeEach
	void editorAndProgramme() {
		this.editor = BrowserStaff.create(this.accounts, this.encoder, this.throttle, "garde", "Rédactrice",
				StaffRole.EDITOR);
		Map<String, Object> row = this.jdbc.queryForMap(
				"select id, slug, summary from programme where published order by position desc limit 1");
		this.programme = ((Number) row.get("id")).longValue();
		this.slug = (String) row.get("slug");
		this.summary = (String) row.get("summary");
	}

	@AfterEach
	void restore(WebDriver browser) {
		browser.manage().deleteAllCookies();
		this.jdbc.update("update programme set summary = ? where id = ?", this.summary, this.programme);
		this.jdbc.update("delete from form_draft where login = ?", this.editor.getEmail());
		this.jdbc.update("delete from spring_session where principal_name = ?", this.editor.getEmail());
		this.accounts.deleteById(this.editor.getId());
	}

	@ParameterizedTest(name = "phone: {0}")
	@ValueSource(booleans = { true, false })
	void aSavePressedAfterTheSessionEndedComesBackAfterSigningIn(boolean phone, WebDriver browser) {
		Browser.resize(phone);
		String form = url("/admin/programmes/" + this.programme);
		browser.get(form);
		signIn(browser);
		assertThat(browser.getCurrentUrl()).startsWith(form);
		String sentence = "Phrase écrite pendant une longue pause " + System.nanoTime() + ".";
		summaryField(browser).sendKeys(Keys.END, "\n\n" + sentence);

		assertThat(this.jdbc.update("delete from spring_session where principal_name = ?", this.editor.getEmail()))
			.as("the session ends").isPositive();
		Browser.clickAndWait(browser, saveButton(browser));

		assertThat(browser.getCurrentUrl()).contains("/login");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("ce que vous aviez écrit est gardé");
		Browser.assertAccessible(browser);
		signIn(browser);

		assertThat(browser.getCurrentUrl()).startsWith(form);
		assertThat(summaryField(browser).getAttribute("value")).contains(sentence);
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
			.contains("Rien n’a encore été enregistré", "enregistrez à nouveau");
		assertThat(storedSummary()).as("not saved without a new click").doesNotContain(sentence);
		Browser.assertAccessible(browser);

		Browser.clickAndWait(browser, saveButton(browser));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("» enregistré.");
		browser.get(url("/programmes/" + this.slug));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(sentence);
	}

	@ParameterizedTest(name = "phone: {0}")
	@ValueSource(booleans = { true, false })
	void aTextLeftWithoutSavingIsOfferedBackAsADraft(boolean phone, WebDriver browser) {
		Browser.resize(phone);
		String form = url("/admin/programmes/" + this.programme);
		browser.get(form);
		signIn(browser);
		String marker = Long.toString(System.nanoTime());
		String sentence = "Brouillon tapé puis abandonné " + marker + ".";
		summaryField(browser).sendKeys(Keys.END, "\n\n" + sentence);
		new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1))
			.until(d -> draftSaved(marker));

		// the tab is closed without saving; later the same form is opened again
		browser.get(url("/admin"));
		browser.get(form);
		WebElement offer = new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-offer")));
		assertThat(offer.getText()).contains("Un brouillon non enregistré du ");
		assertThat(summaryField(browser).getAttribute("value")).doesNotContain(sentence);
		Browser.assertAccessible(browser);
		offer.findElement(By.cssSelector("[data-draft=resume]")).click();
		assertThat(summaryField(browser).getAttribute("value")).contains(sentence);
		assertThat(browser.findElement(By.cssSelector(".draft-resumed")).getText()).contains("Brouillon repris");

		Browser.clickAndWait(browser, saveButton(browser));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("» enregistré.");
		assertThat(this.jdbc.queryForObject("select count(*) from form_draft where login = ?", Integer.class,
				this.editor.getEmail()))
			.as("a saved form drops its draft").isZero();
		assertThat(browser.findElements(By.cssSelector(".draft-offer"))).isEmpty();
		browser.get(url("/programmes/" + this.slug));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(sentence);
	}

	private boolean draftSaved(String marker) {
		return this.jdbc.queryForObject("select count(*) from form_draft where login = ? and fields like ?", Integer.class,
				this.editor.getEmail(), "%" + marker + "%") > 0;
	}

	private String storedSummary() {
		return this.jdbc.queryForObject("select summary from programme where id = ?", String.class, this.programme);
	}

	private void signIn(WebDriver browser) {
		assertThat(browser.getCurrentUrl()).contains("/login");
		browser.findElement(By.id("username")).sendKeys(this.editor.getEmail());
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private static WebElement summaryField(WebDriver browser) {
		return browser.findElement(By.id("summary"));
	}

	private static WebElement saveButton(WebDriver browser) {
		return browser.findElement(By.cssSelector("button.primary[type=submit]"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
