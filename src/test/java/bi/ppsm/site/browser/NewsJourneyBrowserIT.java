package bi.ppsm.site.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
import bi.ppsm.site.document.TestFiles;
import bi.ppsm.site.media.TestImages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in a real Chromium publishes a news item with a photo and a report; a visitor finds
 * it on the home page, the project page and the feed, and the photo as served carries no
 * metadata. The files are real: a camera JPEG with GPS position and serial, a PDF.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class NewsJourneyBrowserIT {

	static final String TITLE = "Des cercles d’écoute ouverts à Cibitoke " + System.nanoTime();

	static final String REPORT = "Rapport des cercles d’écoute " + System.nanoTime();

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
		this.editor = BrowserStaff.create(this.accounts, this.encoder, this.throttle, "actualites", "Rédactrice",
				StaffRole.EDITOR);
	}

	@AfterEach
	void cleanUp(WebDriver browser) {
		browser.manage().deleteAllCookies();
		this.jdbc.update("delete from news_item where title = ?", TITLE);
		this.jdbc.update("delete from document where title = ?", REPORT);
		this.jdbc.update("delete from image where original_name = 'cercle-ecoute.jpg'");
		this.accounts.deleteById(this.editor.getId());
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void anEditorPublishesNewsWithAPhotoAndAReportThatVisitorsFind(WebDriver browser, @TempDir Path files)
			throws Exception {
		Path photo = files.resolve("cercle-ecoute.jpg");
		Files.write(photo, TestImages.cameraJpeg(1200, 800, 1));
		Path pdf = files.resolve("rapport-cercles.pdf");
		Files.write(pdf, TestFiles.pdf("Rapport des cercles d'ecoute"));
		Browser.resize(false);
		signIn(browser);

		// the photo: the file field is reached with the keyboard, then described
		browser.get(url("/admin/images/nouveau"));
		WebElement file = browser.findElement(By.id("file"));
		tabUntil(browser, file);
		file.sendKeys(photo.toString());
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".upload-form button[type=submit]")));
		assertThat(browser.getCurrentUrl()).matches(".*/admin/images/\\d+$");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("altText")).sendKeys("Un cercle d’écoute de femmes à Cibitoke");
		browser.findElement(By.id("caption")).sendKeys("Séance d’écoute, mars 2026");
		browser.findElement(By.id("credit")).sendKeys("PPSM");
		browser.findElement(By.id("showsPeople1")).click();
		browser.findElement(By.id("consentRecorded1")).click();
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form .form-actions button.primary")));
		assertThat(browser.findElement(By.cssSelector("[role=status], .flash")).getText()).isNotBlank();

		// the report, on the project Tura utuze
		browser.get(url("/admin/documents/nouveau"));
		browser.findElement(By.id("file")).sendKeys(pdf.toString());
		browser.findElement(By.id("title")).sendKeys(REPORT);
		new Select(browser.findElement(By.id("category"))).selectByVisibleText("Rapport de projet");
		new Select(browser.findElement(By.id("language"))).selectByIndex(1);
		WebElement date = browser.findElement(By.id("date"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-15';", date);
		tick(browser, "published1");
		tickLabelled(browser, "projects", "Tura Utuze");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form .form-actions button.primary")));
		assertThat(this.jdbc.queryForObject("select count(*) from document where title = ? and published", Integer.class,
				REPORT)).isEqualTo(1);

		// the news item, with the photo as cover, published now
		browser.get(url("/admin/actualites/nouveau"));
		browser.findElement(By.id("title")).sendKeys(TITLE);
		browser.findElement(By.id("summary")).sendKeys("Quarante femmes ont rejoint les premiers cercles d’écoute.");
		browser.findElement(By.id("body")).sendKeys("Les cercles se réunissent **chaque semaine**.");
		new Select(browser.findElement(By.id("coverId"))).selectByVisibleText("Un cercle d’écoute de femmes à Cibitoke");
		WebElement now = browser.findElement(By.cssSelector("input[name=publication][value=NOW]"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", now);
		now.click();
		tickLabelled(browser, "projects", "Tura Utuze");
		Browser.assertAccessible(browser);
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form .form-actions button.primary")));
		assertThat(this.jdbc.queryForObject("select count(*) from news_item where title = ? and publish_at is not null",
				Integer.class, TITLE)).isEqualTo(1);

		// a visitor
		browser.manage().deleteAllCookies();
		browser.get(url("/"));
		WebElement card = browser.findElement(By.xpath("//a[normalize-space()='" + TITLE + "']"));
		Browser.clickAndWait(browser, card);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		WebElement cover = browser.findElement(By.cssSelector("figure picture img"));
		assertThat(cover.getAttribute("alt")).isEqualTo("Un cercle d’écoute de femmes à Cibitoke");
		assertThat(browser.findElement(By.cssSelector("figure figcaption")).getText()).contains("Séance d’écoute",
				"PPSM");
		assertThat(browser.findElement(By.cssSelector("meta[property='og:image']")).getAttribute("content"))
			.contains("/medias/");
		Browser.assertAccessible(browser);
		String servedJpeg = cover.getAttribute("currentSrc");
		String webp = browser.findElement(By.cssSelector("figure picture source[type='image/webp']"))
			.getAttribute("srcset")
			.split(" ")[0];

		browser.get(url("/projets/tura-utuze"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(TITLE, REPORT, "PDF");
		WebElement download = browser.findElement(By.xpath("//a[contains(normalize-space(), '" + REPORT + "')]"));
		HttpResponse<byte[]> report = get(download.getAttribute("href"));
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(report.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		browser.get(url("/actualites"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(TITLE);
		Browser.assertAccessible(browser);
		browser.get(url("/documents"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(REPORT);
		Browser.assertAccessible(browser);

		String feed = new String(get(url("/actualites/flux.atom")).body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(feed).contains("<title>" + TITLE.replace("’", "’") + "</title>");

		// the photo as served: no EXIF block, no GPS position, no camera serial, in either format
		for (String served : new String[] { servedJpeg, url(webp) }) {
			HttpResponse<byte[]> image = get(served.startsWith("http") ? served : url(served));
			assertThat(image.statusCode()).as(served).isEqualTo(200);
			String bytes = TestImages.latin1(image.body());
			assertThat(bytes).as(served).doesNotContain("Exif", "GPS", TestImages.SERIAL, "Canon");
		}
	}

	private void signIn(WebDriver browser) {
		browser.get(url("/admin"));
		browser.findElement(By.id("username")).sendKeys(this.editor.getEmail());
		browser.findElement(By.id("password")).sendKeys(BrowserStaff.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login$")));
	}

	private static void tabUntil(WebDriver browser, WebElement target) {
		Actions keyboard = new Actions(browser);
		for (int i = 0; i < 60 && !browser.switchTo().activeElement().equals(target); i++) {
			keyboard.sendKeys(Keys.TAB).perform();
		}
		assertThat(browser.switchTo().activeElement()).as("reached with the Tab key").isEqualTo(target);
	}

	private static void tick(WebDriver browser, String id) {
		WebElement box = browser.findElement(By.id(id));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
		if (!box.isSelected()) {
			box.click();
		}
	}

	private static void tickLabelled(WebDriver browser, String field, String label) {
		WebElement labelElement = browser.findElement(By.xpath("//fieldset[.//input[@name='" + field
				+ "']]//label[starts-with(normalize-space(), '" + label + "')]"));
		tick(browser, labelElement.getAttribute("for"));
	}

	private static HttpResponse<byte[]> get(String address) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
