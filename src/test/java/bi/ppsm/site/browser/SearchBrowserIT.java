package bi.ppsm.site.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The site search in a real Chromium: the header's box on a phone, the results, the filters, axe. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class SearchBrowserIT {

	static final List<String> SEARCH_PAGES = List.of("/recherche", "/recherche?q=rapatries",
			"/recherche?q=rapatries&type=projets", "/recherche?q=qwxzqwxz", "/recherche?q=%3Cscript%3E%22%26",
			"/en/recherche?q=children", "/rn/recherche?q=abana");

	@LocalServerPort
	int port;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aVisitorOnAPhoneSearchesFromTheHeaderAndFiltersByKind(WebDriver browser) {
		Browser.resize(true);
		browser.get(url("/programmes"));
		WebElement box = browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
		assertThat(box.isDisplayed()).isTrue();
		assertThat(box.getRect().getWidth()).isGreaterThan(150);
		box.sendKeys("RAPATRIES");
		box.sendKeys(Keys.ENTER);
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
			.until(d -> d.getCurrentUrl().contains("/recherche"));
		assertThat(browser.getCurrentUrl()).endsWith("/recherche?q=RAPATRIES");
		assertThat(browser.findElements(By.cssSelector(".search-results h2 a"))).extracting(e -> e.getAttribute("href"))
			.anySatisfy(href -> assertThat(href).endsWith("/projets/tura-utuze"));
		assertThat(browser.findElements(By.cssSelector(".search-results mark"))).isNotEmpty();
		Browser.clickAndWait(browser, browser.findElement(By.partialLinkText("Projet (")));
		assertThat(browser.getCurrentUrl()).contains("type=projets");
		assertThat(browser.findElements(By.cssSelector(".search-kind"))).extracting(WebElement::getText)
			.isNotEmpty()
			.allSatisfy(kind -> assertThat(kind).isEqualToIgnoringCase("Projet"));
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".search-results h2 a")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
	}

	@Test
	void searchPagesHaveNoAccessibilityViolationAndFitAPhone(WebDriver browser) {
		for (boolean phone : List.of(true, false)) {
			Browser.resize(phone);
			for (String path : SEARCH_PAGES) {
				browser.get(url(path));
				assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
				Browser.assertAccessible(browser);
				if (phone) {
					Long overflow = (Long) ((JavascriptExecutor) browser)
						.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
					assertThat(overflow).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0L);
				}
			}
		}
	}

}
