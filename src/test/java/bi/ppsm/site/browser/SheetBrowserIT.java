package bi.ppsm.site.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project sheet's new sections (key facts, sectors, budget, background, lessons learned...)
 * and the result charts, above and below 100 %, with a result's table of values per period, pass axe-core's WCAG 2.2 AA rules in a real
 * Chromium. The test fills a seeded project and puts it back afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class SheetBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void fill() {
		this.jdbc.update("""
				update project set code = 'PPSM-TU-2', short_name = 'Tura Utuze', actual_start_date = date '2020-04-01',
				actual_start_precision = 'MONTH', background = 'Le **contexte**.', expected_results = 'Des résultats.',
				lessons_learned = 'Des leçons.', coordination = 'Avec le HCR.' where slug = 'tura-utuze'""");
		this.jdbc.update("""
				insert into project_sector (project_id, code, percentage, position)
				select id, '12340', 60, 1 from project where slug = 'tura-utuze'
				union all select id, '15190', 40, 2 from project where slug = 'tura-utuze'""");
		this.jdbc.update("""
				insert into budget_line (project_id, kind, amount, currency, position)
				select id, 'TOTAL', 15279230, 'EUR', 1 from project where slug = 'tura-utuze'""");
		// Rapatriement's result has values per period, one above 100 %, one without a target
		this.jdbc.update("""
				insert into key_result_period (key_result_id, label, start_date, start_precision, end_date, end_precision,
				baseline_value, target_value, actual_value, position)
				select id, 'Phase 1', date '2020-04-01', 'MONTH', date '2022-01-01', 'YEAR', 0, 3000, 3400, 1
				from key_result where statement like '%bénéficiaires rejoints, dont%'
				union all select id, null, date '2023-01-01', 'YEAR', date '2023-01-01', 'YEAR', null, null, 900, 2
				from key_result where statement like '%bénéficiaires rejoints, dont%'""");
	}

	@AfterEach
	void restore() {
		this.jdbc.update("delete from key_result_period");
		this.jdbc.update("delete from budget_line where project_id = (select id from project where slug = 'tura-utuze')");
		this.jdbc.update("delete from project_sector where project_id = (select id from project where slug = 'tura-utuze')");
		this.jdbc.update("""
				update project set code = null, short_name = null, actual_start_date = null, actual_start_precision = null,
				background = null, expected_results = null, lessons_learned = null, coordination = null
				where slug = 'tura-utuze'""");
	}

	@Test
	void theFullSheetAndTheResultChartsAreAccessible(WebDriver browser) {
		Browser.resize(false);
		browser.get("http://localhost:" + this.port + "/projets/tura-utuze?axe=1");
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("PPSM-TU-2", "12340");
		assertThat(browser.findElement(By.id("lecons")).isDisplayed()).isTrue();
		Browser.assertAccessible(browser);
		// Rapatriement: 5 953 reached of 5 521 expected, above 100 %
		browser.get("http://localhost:" + this.port + "/programmes/rapatriement?axe=1");
		assertThat(browser.findElements(By.cssSelector("svg.result-chart"))).isNotEmpty();
		assertThat(browser.findElements(By.tagName("meter"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector(".result-periods caption")).getText()).startsWith("Valeurs par période");
		assertThat(browser.findElements(By.cssSelector(".result-periods svg.result-chart"))).hasSize(1);
		Browser.assertAccessible(browser);
		Browser.resize(true);
		browser.get("http://localhost:" + this.port + "/projets/tura-utuze?axe=2");
		Browser.assertAccessible(browser);
		browser.get("http://localhost:" + this.port + "/programmes/rapatriement?axe=2");
		Browser.assertAccessible(browser);
	}

}
