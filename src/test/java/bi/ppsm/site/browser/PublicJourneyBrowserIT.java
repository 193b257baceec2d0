package bi.ppsm.site.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor in a real Chromium, on the application started on a random port. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class PublicJourneyBrowserIT {

	static final List<String> PUBLIC_PAGES = List.of("/", "/programmes", "/programmes/protection-de-l-enfance",
			"/programmes/rapatriement", "/programmes/promotion-et-defense-des-droits", "/projets", "/projets?statut=ONGOING",
			"/projets/tura-utuze", "/projets/ramurira-uburundi", "/partenaires", "/zones-d-intervention", "/services",
			"/missions", "/actualites", "/documents", "/contact", "/page-inexistante", "/en/", "/en/programmes/rapatriement", "/en/projets", "/rn/", "/rn/contact");

	@LocalServerPort
	int port;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void visitorGoesFromHomeToAProgrammeToOneOfItsProjectsAndToThePartners(WebDriver browser) {
		Browser.resize(true);
		browser.get(url("/"));
		assertThat(browser.getTitle()).contains("PPSM");
		Browser.clickAndWait(browser, browser.findElement(By.linkText("Protection de l'enfance")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Protection de l'enfance");
		assertThat(browser.getPageSource()).contains("Résultats clés atteints à ce jour");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".project-list a[href='/projets/umwana-si-uwumwe']")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Umwana si uwumwe");
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("UNICEF", "Terminé");
		Browser.clickAndWait(browser, browser.findElement(By.linkText("Partenaires")));
		assertThat(browser.getCurrentUrl()).endsWith("/partenaires");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("UNICEF", "Finance les projets");
	}

	@Test
	void visitorFiltersProjectsByZone(WebDriver browser) {
		Browser.resize(false);
		browser.get(url("/projets"));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("zone"))).selectByValue("gitega");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".filters button[type=submit]")));
		assertThat(browser.getCurrentUrl()).contains("zone=gitega");
		assertThat(browser.findElements(By.cssSelector(".project-list h2 a"))).extracting(WebElement::getText)
			.contains("Tura Utuze : prise en charge psychosociale et renforcement de la cohésion entre rapatriés et résidents")
			.doesNotContain("Projet Isange");
	}

	@Test
	void skipLinkIsTheFirstStopAndMovesFocusToTheContent(WebDriver browser) {
		Browser.resize(false);
		browser.get(url("/programmes"));
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement skip = browser.switchTo().activeElement();
		assertThat(skip.getAttribute("href")).endsWith("#contenu");
		assertThat(skip.isDisplayed()).isTrue();
		skip.sendKeys(Keys.ENTER);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("contenu");
	}

	@Test
	void everyPublicPageHasNoAccessibilityViolationOnPhoneAndDesktop(WebDriver browser) {
		for (boolean phone : List.of(true, false)) {
			Browser.resize(phone);
			for (String path : PUBLIC_PAGES) {
				browser.get(url(path));
				Browser.assertAccessible(browser);
			}
		}
	}

	@Test
	void pagesFitAPhoneScreenWithoutSideways(WebDriver browser) {
		Browser.resize(true);
		for (String path : PUBLIC_PAGES) {
			browser.get(url(path));
			Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0L);
		}
	}

}
