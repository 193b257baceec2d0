package bi.ppsm.site.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zones page with its map (both maps), a province page and a commune page pass axe-core's
 * WCAG 2.2 AA rules in a real Chromium, on a phone and on a desktop; a province of the map is
 * reached with the keyboard's links like any other.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class ZoneMapBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void theMapsAndTheZonePagesAreAccessible(WebDriver browser) {
		Browser.resize(true);
		browser.get("http://localhost:" + this.port + "/zones-d-intervention?axe=1");
		assertThat(browser.findElements(By.cssSelector("figure.zone-map svg a"))).hasSize(5);
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("figure.zone-map svg a[href$='/burunga-2025']")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Burunga");
		Browser.assertAccessible(browser);
		Browser.resize(false);
		browser.get("http://localhost:" + this.port + "/zones-d-intervention?carte=2015&axe=2");
		assertThat(browser.findElements(By.cssSelector("figure.zone-map svg a"))).hasSize(18);
		Browser.assertAccessible(browser);
		browser.get("http://localhost:" + this.port + "/zones-d-intervention/muramvya?axe=3");
		Browser.assertAccessible(browser);
		browser.get("http://localhost:" + this.port + "/zones-d-intervention/commune-mukaza?axe=4");
		Browser.assertAccessible(browser);
	}

}
