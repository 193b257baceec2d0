package bi.ppsm.site.browser;

import java.time.Duration;
import java.util.List;

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
 * A member contributor in Chromium, on a 360 px phone and on a desktop: their organisation's
 * page, its sheet, a service point's proposal form and, after proposing a change, the page that
 * shows the proposal waiting for approval; axe-core finds no WCAG 2.2 A/AA violation and nothing
 * scrolls sideways.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class ContributorBrowserIT {

	static final String PREFIX = "Essai navigateur contributrice ";

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

	StaffAccount contributor;

	long organisation;

	long point;

	@BeforeEach
	void contributorOfAnOrganisationWithAPoint() {
		this.organisation = this.jdbc.queryForObject("""
				insert into organisation (slug, name, description, member, member_since) values
				('essai-navigateur-contrib', ?, 'Description publiée', true, 2019) returning id""", Long.class,
				PREFIX + "Association");
		StaffAccount account = new StaffAccount("contributrice" + System.nanoTime() + "@test.bi", "Contributrice",
				StaffRole.MEMBER_CONTRIBUTOR, this.encoder.encode(BrowserStaff.PASSWORD));
		account.setOrganisationId(this.organisation);
		this.contributor = this.accounts.save(account);
		// other tests fail sign-ins on purpose from this machine's address
		for (String address : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
			this.throttle.reset(this.contributor.getEmail(), address);
		}
		this.point = this.jdbc.queryForObject("""
				insert into service_point (organisation_id, name, services, languages, province_id, commune_id, address,
				free, published, verified_on) values (?, ?, '{PSYCHOSOCIAL_SUPPORT}', '{KIRUNDI}',
				(select id from zone where slug = 'gitega-2025'), (select id from zone where slug = 'commune-gitega'),
				'Près du marché', true, true, current_date) returning id""", Long.class, this.organisation,
				PREFIX + "Centre");
	}

	@AfterEach
	void signOutAndRemove(WebDriver browser) {
		browser.manage().deleteAllCookies();
		this.jdbc.update("delete from pending_change where organisation_id = ?", this.organisation);
		this.jdbc.update("delete from service_point where organisation_id = ?", this.organisation);
		this.accounts.deleteById(this.contributor.getId());
		this.jdbc.update("delete from organisation where id = ?", this.organisation);
		this.jdbc.update("delete from audit_entry where entity_label like ?", PREFIX + "%");
	}

	@Test
	void theContributorPagesAreAccessibleOnAPhoneAndADesktop(WebDriver browser) {
		signIn(browser);
		String form = "/admin/ma-structure/points-de-service/" + this.point;
		for (boolean phone : List.of(true, false)) {
			Browser.resize(phone);
			for (String path : List.of("/admin/ma-structure", "/admin/ma-structure/fiche", form,
					"/admin/ma-structure/points-de-service/nouveau")) {
				browser.get(url(path));
				check(browser, path, phone);
			}
		}
		// a change proposed from the form: the organisation's page shows it waiting for approval
		browser.get(url(form));
		WebElement address = browser.findElement(By.name("address"));
		address.clear();
		address.sendKeys("En face du marché");
		browser.findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.urlMatches(".*/admin/ma-structure$"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("En attente d’approbation");
		for (boolean phone : List.of(true, false)) {
			Browser.resize(phone);
			browser.navigate().refresh();
			check(browser, "/admin/ma-structure (proposal waiting)", phone);
		}
	}

	private void check(WebDriver browser, String path, boolean phone) {
		String where = path + (phone ? " (360 px)" : " (desktop)");
		assertThat(browser.getCurrentUrl()).as("still signed in at %s", where).doesNotEndWith("/login");
		assertThat(browser.findElement(By.tagName("h1")).getText()).as(where).isNotBlank();
		Long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("sideways scrolling at %s", where).isLessThanOrEqualTo(0L);
		Browser.assertAccessible(browser);
	}

	void signIn(WebDriver browser) {
		browser.get(url("/admin"));
		browser.findElement(By.id("username")).sendKeys(this.contributor.getEmail());
		browser.findElement(By.id("password")).sendKeys(BrowserStaff.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login$")));
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
