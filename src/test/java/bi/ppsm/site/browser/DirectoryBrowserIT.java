package bi.ppsm.site.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import bi.ppsm.site.media.ImageLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's public pages on a 360 px phone in a real Chromium: the search form works by
 * plain submission (province, need), the results and a service point's page, and /membres with
 * a member and a branch, all without sideways scrolling and without axe-core WCAG 2.2 AA
 * violation. The records are made for the test and removed afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class DirectoryBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImageLibrary library;

	BrowserRecords records;

	@BeforeEach
	void records() throws Exception {
		this.records = BrowserRecords.create(this.jdbc, this.library);
		this.jdbc.update("update organisation set member = true, member_since = 2010, contact_phone = '+257 22 11 11 11' "
				+ "where slug = 'ppsm'");
	}

	@AfterEach
	void remove() {
		this.jdbc.update("update organisation set member = false, member_since = null, contact_phone = null where slug = 'ppsm'");
		this.records.delete();
	}

	@Test
	void theSearchAndTheMembersPageWorkOnAPhoneWithoutAccessibilityViolation(WebDriver browser) {
		Browser.resize(true);
		String base = "http://localhost:" + this.port;
		browser.get(base + "/trouver-de-l-aide?axe=1");
		Browser.assertAccessible(browser);
		assertFits(browser);
		new Select(browser.findElement(By.id("province"))).selectByVisibleText("Gitega");
		new Select(browser.findElement(By.id("besoin"))).selectByValue("psychosocial-support");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".help-search button[type=submit]")));
		assertThat(browser.getCurrentUrl()).contains("province=gitega-2025", "besoin=psychosocial-support");
		assertThat(browser.findElement(By.cssSelector(".help-results")).getText()).contains("Point d’écoute du test",
				"+257 22 40 00 00", "Vérifié le");
		Browser.assertAccessible(browser);
		assertFits(browser);
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".help-point h3 a")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Point d’écoute du test");
		Browser.assertAccessible(browser);
		assertFits(browser);
		browser.get(base + "/membres?axe=1");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Membre depuis 2010", "Antenne du test",
				"Quartier Magarama");
		Browser.assertAccessible(browser);
		assertFits(browser);
		browser.get(base + "/en/trouver-de-l-aide?axe=1&province=gitega-2025");
		assertThat(browser.findElement(By.cssSelector(".help-results")).getText()).contains("Checked on");
		Browser.assertAccessible(browser);
	}

	private static void assertFits(WebDriver browser) {
		Long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("sideways scrolling on " + browser.getCurrentUrl()).isLessThanOrEqualTo(0L);
	}

}
