package bi.ppsm.site.browser;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * JUnit extension giving tests a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; nothing is downloaded). When the browser is missing the tests are
 * skipped with a loud warning, except in CI ({@code CI=true}) where that fails the build. On a
 * failed test, a screenshot and the page source are kept under {@code target/browser-failures/}.
 */
public class Browser implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

	static final Path CHROMIUM = Path.of(System.getProperty("ppsm.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("ppsm.chromedriver", "/usr/bin/chromedriver"));

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static WebDriver driver;

	@Override
	public void beforeAll(ExtensionContext context) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present) {
			String message = "Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "): install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI: " + message);
			}
			System.err.println("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
			System.err.println("!!! BROWSER TESTS SKIPPED: " + message);
			System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
		}
		assumeTrue(present, "Chromium is not installed");
	}

	static synchronized WebDriver driver() {
		if (driver == null) {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-extensions", "--disable-renderer-backgrounding",
					"--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows", "--lang=fr-FR",
					"--window-size=1280,900");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
			driver = new RendererHiccups().decorate(new ChromeDriver(service, options));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit(), "chromium-quit"));
		}
		return driver;
	}

	/**
	 * On a loaded 2-core machine Chromium's renderer now and then misses chromedriver's deadline
	 * while a page loads ("Timed out receiving message from renderer"), whatever the page. Such a
	 * load is tried once more, said loudly on the console; a page that fails twice fails the test.
	 */
	private static final class RendererHiccups extends WebDriverDecorator<WebDriver> {

		@Override
		public Object onError(Decorated<?> target, Method method, Object[] args, InvocationTargetException error)
				throws Throwable {
			boolean load = target.getOriginal() instanceof WebDriver && method.getName().equals("get");
			if (load && error.getTargetException() instanceof TimeoutException timeout
					&& String.valueOf(timeout.getMessage()).contains("receiving message from renderer")) {
				System.err.println("!!! Chromium's renderer missed its deadline loading " + args[0] + ": loading it once more");
				return super.call(target, method, args);
			}
			return super.onError(target, method, args, error);
		}

	}

	/** Clicks something that loads another page, and waits for that page rather than racing it. */
	static void clickAndWait(WebDriver driver, WebElement element) {
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(element));
	}

	/**
	 * True once the element's page has been replaced. Chromium reports this either as a stale
	 * element or, while the new document is loading, as a node that "does not belong to the
	 * document"; both mean the same.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException | NoSuchElementException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** A phone-sized window (360 px wide), or a desktop one. */
	static void resize(boolean phone) {
		driver().manage().window().setSize(phone ? new Dimension(360, 800) : new Dimension(1280, 900));
	}

	/** Runs axe-core on the current page and fails on any WCAG 2.2 A/AA violation. */
	static void assertAccessible(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
		List<String> violations = results.getViolations()
			.stream()
			.map(Browser::describe)
			.toList();
		assertThat(violations).as("axe-core violations on %s", driver.getCurrentUrl()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (context.getExecutionException().isEmpty() || driver == null) {
			return;
		}
		Path dir = Path.of("target", "browser-failures");
		Files.createDirectories(dir);
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
		return parameter.getParameter().getType() == WebDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
		return driver();
	}

}
