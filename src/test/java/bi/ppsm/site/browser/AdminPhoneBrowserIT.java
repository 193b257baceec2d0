package bi.ppsm.site.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.media.ImageLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator on a 360 px phone and on a desktop: every admin page (read from Spring MVC,
 * filled with real ids of the seed) fits the screen without sideways scrolling and has no axe-core
 * violation of WCAG 2.2 AA, target sizes included; the menu opens and closes with the keyboard;
 * long check-box lists show the ticked items first and filter as one types.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class AdminPhoneBrowserIT {

	static final String PASSWORD = BrowserStaff.PASSWORD;

	/** WCAG 2.2 AA, whose {@code target-size} rule (2.5.8) axe only runs when asked. */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

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

	@Autowired
	RequestMappingHandlerMapping mapping;

	StaffAccount administrator;

	Long message;

	/** A revision of the first mission, for the history pages ({@code /admin/revisions/{type}/{id}/...}). */
	Integer revision;

	Long pendingChange;

	@Autowired
	ImageLibrary library;

	BrowserRecords records;

	@BeforeEach
	void administrator() throws Exception {
		this.administrator = BrowserStaff.create(this.accounts, this.encoder, this.throttle, "telephone", "Administratrice",
				StaffRole.ADMINISTRATOR);
		this.records = BrowserRecords.create(this.jdbc, this.library);
	}

	@AfterEach
	void signOutAndRemove(WebDriver browser) {
		browser.manage().deleteAllCookies();
		if (this.revision != null) {
			this.jdbc.update("delete from revision where entity_type = 'mission' and number = ?", this.revision);
		}
		if (this.message != null) {
			this.jdbc.update("delete from message_note where message_id = ?", this.message);
			this.jdbc.update("delete from contact_message where id = ?", this.message);
		}
		if (this.pendingChange != null) {
			this.jdbc.update("delete from pending_change where id = ?", this.pendingChange);
		}
		this.accounts.deleteById(this.administrator.getId());
		this.records.delete();
	}

	@Test
	void everyAdminPageFitsAPhoneAndADesktopWithoutAccessibilityViolation(WebDriver browser) throws IOException {
		signIn(browser);
		List<String> pages = adminPages();
		assertThat(pages).as("admin pages found").hasSizeGreaterThan(30);
		List<String> problems = new ArrayList<>();
		boolean targetSizeChecked = false;
		for (boolean phone : List.of(true, false)) {
			Browser.resize(phone);
			for (String path : pages) {
				browser.get(url(path));
				JavascriptExecutor js = (JavascriptExecutor) browser;
				if (!"text/html".equals(js.executeScript("return document.contentType;"))) {
					continue;
				}
				String where = path + (phone ? " (360 px)" : " (desktop)");
				assertThat(browser.getCurrentUrl()).as("still signed in at %s", where).doesNotEndWith("/login");
				screenshot(browser, path, phone);
				Long overflow = (Long) js.executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				if (overflow > 0) {
					problems.add(where + ": " + overflow + " px of sideways scrolling");
				}
				Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
				results.getViolations().forEach(rule -> problems.add(where + ": " + describe(rule)));
				targetSizeChecked |= results.getPasses().stream().anyMatch(rule -> rule.getId().equals("target-size"));
			}
		}
		assertThat(problems).as("pages that do not fit or fail axe").isEmpty();
		assertThat(targetSizeChecked).as("axe ran its target-size rule").isTrue();
	}

	@Test
	void theMenuIsAClosedButtonOnAPhoneThatTheKeyboardOpensAndCloses(WebDriver browser) {
		signIn(browser);
		Browser.resize(true);
		browser.get(url("/admin/projets"));
		WebElement summary = browser.findElement(By.cssSelector("#menu > summary"));
		WebElement firstLink = browser.findElement(By.cssSelector("#menu nav a"));
		assertThat(firstLink.isDisplayed()).as("menu closed at first").isFalse();
		assertThat(summary.getSize().getHeight()).isGreaterThanOrEqualTo(44);
		assertThat(summary.getSize().getWidth()).isGreaterThanOrEqualTo(44);
		Actions keyboard = new Actions(browser);
		tabUntil(browser, summary);
		keyboard.sendKeys(Keys.ENTER).perform();
		assertThat(browser.findElement(By.id("menu")).getAttribute("open")).isNotNull();
		assertThat(firstLink.isDisplayed()).isTrue();
		keyboard.sendKeys(Keys.TAB).perform();
		assertThat(browser.switchTo().activeElement()).isEqualTo(firstLink);
		keyboard.sendKeys(Keys.ESCAPE).perform();
		assertThat(firstLink.isDisplayed()).as("Escape closes the menu").isFalse();
		assertThat(browser.switchTo().activeElement()).as("focus back on the menu button").isEqualTo(summary);
		keyboard.sendKeys(Keys.SPACE).perform();
		assertThat(firstLink.isDisplayed()).as("Space opens it").isTrue();
		WebElement current = browser.findElement(By.cssSelector("#menu nav a[aria-current=page]"));
		assertThat(current.getAttribute("href")).endsWith("/admin/projets");
		keyboard.sendKeys(Keys.ENTER).perform();
		assertThat(firstLink.isDisplayed()).as("Enter closes it again").isFalse();
		int menuBottom = summary.getLocation().getY() + summary.getSize().getHeight();
		assertThat(menuBottom).as("the closed menu leaves the screen to the page").isLessThan(200);

		Browser.resize(false);
		browser.get(url("/admin/projets"));
		assertThat(browser.findElement(By.cssSelector("#menu > summary")).isDisplayed()).isFalse();
		// Selenium deems the content of a closed <details> hidden; the page forces it visible with CSS
		assertThat(((JavascriptExecutor) browser).executeScript("return arguments[0].checkVisibility();",
				browser.findElement(By.cssSelector("#menu nav a"))))
			.as("menu open on a desktop")
			.isEqualTo(true);
	}

	@Test
	void longCheckBoxListsShowTheTickedItemsFirstAndFilterAsOneTypes(WebDriver browser) throws IOException {
		signIn(browser);
		Browser.resize(true);
		long project = this.jdbc.queryForObject(
				"select p.id from project p join project_zone z on z.project_id = p.id group by p.id order by count(*), p.id limit 1",
				Long.class);
		browser.get(url("/admin/projets/" + project));
		WebElement zones = browser.findElement(By.xpath("//fieldset[.//input[@name='zones']]"));
		List<WebElement> boxes = zones.findElements(By.cssSelector(".choice input[type=checkbox]"));
		int ticked = (int) boxes.stream().filter(WebElement::isSelected).count();
		assertThat(ticked).as("zones ticked in the seed").isPositive();
		assertThat(boxes.subList(0, ticked)).as("ticked first").allMatch(WebElement::isSelected);
		for (WebElement box : boxes) {
			assertThat(box.getSize().getHeight()).as("check box height").isGreaterThanOrEqualTo(24);
		}
		String tickedName = label(zones, boxes.get(0));
		WebElement unticked = boxes.stream()
			.filter(b -> !b.isSelected() && !label(zones, b).startsWith("Ruyigi"))
			.findFirst()
			.orElseThrow();
		WebElement ruyigi = zones.findElement(By.xpath(".//label[starts-with(normalize-space(), 'Ruyigi')]"));

		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", zones);
		screenshot(browser, "/zones-avant-filtre", true);
		WebElement filter = zones.findElement(By.cssSelector(".choice-filter input"));
		assertThat(filter.isDisplayed()).isTrue();
		String urlBefore = browser.getCurrentUrl();
		filter.sendKeys("RUYI");
		assertThat(ruyigi.isDisplayed()).isTrue();
		assertThat(unticked.isDisplayed()).as("a zone that does not match is hidden").isFalse();
		assertThat(zones.findElement(By.xpath(".//label[normalize-space()='" + tickedName + "']")).isDisplayed())
			.as("ticked items stay visible").isTrue();
		screenshot(browser, "/zones-filtre", true);
		filter.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).as("Enter in the filter does not submit the form").isEqualTo(urlBefore);
		assertThat(filter.getAttribute("value")).isEqualTo("RUYI");
		filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), "echelle nat");
		assertThat(zones.findElement(By.xpath(".//label[normalize-space()='Échelle nationale']")).isDisplayed())
			.as("accents are ignored").isTrue();
		filter.sendKeys("xyz");
		assertThat(zones.findElement(By.cssSelector(".choice-none")).getText()).isNotBlank();
		filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		assertThat(unticked.isDisplayed()).as("an empty filter shows everything").isTrue();
		assertThat(zones.findElement(By.cssSelector(".choice-none")).getText()).isBlank();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void signIn(WebDriver browser) {
		browser.get(url("/admin"));
		browser.findElement(By.id("username")).sendKeys(this.administrator.getEmail());
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login$")));
	}

	/** Every GET page under /admin, its {variables} filled with real ids. */
	List<String> adminPages() {
		Set<String> patterns = new TreeSet<>();
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean html = info.getProducesCondition().isEmpty() || info.getProducesCondition()
				.getProducibleMediaTypes()
				.stream()
				.anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
			if (!html || (!methods.isEmpty() && !methods.contains(RequestMethod.GET))) {
				continue;
			}
			info.getPatternValues()
				.stream()
				.filter(p -> p.equals("/admin") || p.startsWith("/admin/"))
				.filter(p -> !p.equals("/admin/"))
				// a fragment the editor's image dialog loads, not a page
				.filter(p -> !p.endsWith("/choix"))
				// a member contributor's pages, closed to administrators (security/AdminAccessControlIT)
				.filter(p -> !p.startsWith("/admin/ma-structure"))
				// a backup file's download, not a page
				.filter(p -> !p.startsWith("/admin/sauvegardes/"))
				.forEach(patterns::add);
		}
		return patterns.stream().map(this::fill).toList();
	}

	private String fill(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(url, switch (matcher.group(1)) {
				case "type" -> "mission";
				case "number" -> Integer.toString(revision());
				default -> Long.toString(idFor(pattern, matcher.group(1)));
			});
		}
		return matcher.appendTail(url).toString();
	}

	private int revision() {
		if (this.revision == null) {
			this.revision = this.jdbc.queryForObject("""
					insert into revision (entity_type, entity_id, number, actor, state)
					select 'mission', m.id, coalesce((select max(number) from revision r where r.entity_type = 'mission'
					and r.entity_id = m.id), 0) + 1, 'telephone', jsonb_build_object('text', m.text)
					from mission m order by m.id limit 1 returning number""", Integer.class);
		}
		return this.revision;
	}

	private long idFor(String pattern, String variable) {
		long programme = first("select programme_id from objective order by programme_id");
		long project = first("select project_id from project_phase order by project_id");
		if (variable.equals("programmeId")) {
			return programme;
		}
		if (variable.equals("projectId")) {
			return project;
		}
		if (pattern.contains("/objectifs/")) {
			return first("select id from objective where programme_id = " + programme + " order by id");
		}
		if (pattern.contains("/periodes/")) {
			return variable.equals("resultId")
					? first("select key_result_id from key_result_period where id = " + this.records.resultPeriod())
					: this.records.resultPeriod();
		}
		if (pattern.contains("/phases/")) {
			return first("select id from project_phase where project_id = " + project + " order by id");
		}
		String segment = pattern.split("/")[2];
		return switch (segment) {
			case "comptes" -> this.administrator.getId();
			case "messages" -> message();
			case "programmes" -> first("select id from programme order by id");
			case "projets" -> first("select id from project order by id");
			case "resultats" -> first("select id from key_result order by id");
			case "organisations" -> first("select id from organisation order by id");
			case "zones" -> first("select id from zone order by id");
			case "groupes-cibles" -> first("select id from target_group order by id");
			case "services" -> first("select id from service order by id");
			case "missions" -> first("select id from mission order by id");
			case "perspectives" -> first("select id from perspective order by id");
			case "chiffres" -> first("select id from headline_figure order by id");
			case "actualites" -> this.records.news();
			case "documents" -> this.records.document();
			case "images" -> this.records.image();
			case "points-de-service" -> this.records.servicePoint();
			case "antennes" -> this.records.branch();
			case "redirections" -> this.records.redirect();
			// the history and the translations of the first mission: {type} is "mission"
			case "revisions", "traductions" -> first("select id from mission order by id");
			case "approbations" -> pendingChange();
			default -> throw new AssertionError("which records does " + pattern + " show? Teach AdminPhoneBrowserIT.idFor");
		};
	}

	/** A member contributor's proposal to rename the test's service point. */
	private long pendingChange() {
		if (this.pendingChange == null) {
			this.pendingChange = this.jdbc.queryForObject("""
					insert into pending_change (entity_type, entity_id, organisation_id, label, proposed, base_version,
					proposed_by, proposed_at) select 'service-point', p.id, p.organisation_id, p.name,
					json_build_object('organisation', p.organisation_id, 'name', p.name || ' (nom proposé un peu plus long)',
					'services', json_build_array('PSYCHOSOCIAL_SUPPORT', 'REFERRAL'), 'province', p.province_id,
					'commune', p.commune_id, 'address', p.address, 'free', true, 'version', 0)::text, 0,
					'contributrice@telephone.test', now() from service_point p where p.id = ? returning id""", Long.class,
					this.records.servicePoint());
		}
		return this.pendingChange;
	}

	private long message() {
		if (this.message == null) {
			this.message = this.jdbc.queryForObject("""
					insert into contact_message (sender_name, email, subject, body, language, priority, status,
					client_address, created_at, updated_at) values ('Visiteuse au nom assez long pour une carte',
					'une.adresse.electronique.vraiment.tres.longue@exemple-de-domaine.bi', 'SUPPORT',
					'Bonjour, une question posée depuis un téléphone.', 'fr', true, 'NEW', '10.255.0.2', now(), now())
					returning id""", Long.class);
		}
		return this.message;
	}

	private long first(String sql) {
		return this.jdbc.queryForList(sql, Long.class).get(0);
	}

	private static String label(WebElement fieldset, WebElement box) {
		return fieldset.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText().strip();
	}

	/** Tabs from the top of the page until {@code target} has the focus. */
	private static void tabUntil(WebDriver browser, WebElement target) {
		Actions keyboard = new Actions(browser);
		for (int i = 0; i < 30; i++) {
			keyboard.sendKeys(Keys.TAB).perform();
			if (browser.switchTo().activeElement().equals(target)) {
				return;
			}
		}
		throw new AssertionError("the menu button is not reachable with Tab");
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
	}

	/** With -Dppsm.screenshots=true, keeps a screenshot of each page in target/admin-screenshots/. */
	private static void screenshot(WebDriver browser, String path, boolean phone) throws IOException {
		if (!Boolean.getBoolean("ppsm.screenshots")) {
			return;
		}
		Path dir = Path.of("target", "admin-screenshots");
		Files.createDirectories(dir);
		String name = (phone ? "phone" : "desktop") + path.replaceAll("[^a-zA-Z0-9]+", "-") + ".png";
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
