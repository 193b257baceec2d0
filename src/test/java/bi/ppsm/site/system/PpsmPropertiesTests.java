package bi.ppsm.site.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings tree: every environment variable the README documents lands where the code reads
 * it, the defaults are today's, and a bad value stops the start with the setting's name.
 */
class PpsmPropertiesTests {

	/** The tree as the application binds it from these environment variables. */
	static PpsmProperties fromEnvironment(Map<String, Object> variables) {
		return TestSettings.bind(Binder.get(environment(variables)));
	}

	/** An environment with these variables only (no system properties, no real variables). */
	static StandardEnvironment environment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		ConfigurationPropertySources.attach(environment);
		return environment;
	}

	@Test
	void everyDocumentedVariableLandsInTheTree() {
		Map<String, Object> env = new HashMap<>();
		env.put("PPSM_BASE_URL", "https://ppsm.example.bi");
		env.put("PPSM_SECURE_COOKIES", "false");
		env.put("PPSM_ADMIN_EMAIL", "admin@ppsm.test");
		env.put("PPSM_ADMIN_PASSWORD", "une longue phrase");
		env.put("PPSM_FORM_SECRET", "clé");
		env.put("PPSM_MAIL_FROM", "site@ppsm.test");
		env.put("PPSM_MAIL_OUTBOX_INTERVAL", "1s");
		env.put("PPSM_MAIL_OUTBOX_INITIAL_DELAY", "2m");
		env.put("PPSM_MAIL_OUTBOX_MAX_ATTEMPTS", "7");
		env.put("PPSM_CONTACT_MIN_SECONDS", "1");
		env.put("PPSM_CONTACT_MAX_LINKS", "0");
		env.put("PPSM_CONTACT_RATE_PER_ADDRESS", "11");
		env.put("PPSM_CONTACT_RATE_PER_EMAIL", "12");
		env.put("PPSM_RETENTION_CLOSED", "P90D");
		env.put("PPSM_RETENTION_SPAM", "7d");
		env.put("PPSM_RETENTION_CRON", "-");
		env.put("PPSM_PAGE_CACHE_ENABLED", "false");
		env.put("PPSM_PAGE_CACHE_MAX_BYTES", "900KB");
		env.put("PPSM_EMBEDDED_DB_DIR", "/var/lib/ppsm");
		env.put("PPSM_EMBEDDED_DB_EPHEMERAL", "true");
		env.put("PPSM_BENCH_QUERY_COUNT", "true");
		PpsmProperties ppsm = fromEnvironment(env);
		assertThat(ppsm.baseUrl()).isEqualTo("https://ppsm.example.bi");
		assertThat(ppsm.secureCookies()).isFalse();
		assertThat(ppsm.admin()).isEqualTo(new PpsmProperties.Admin("admin@ppsm.test", "une longue phrase"));
		assertThat(ppsm.form().secret()).isEqualTo("clé");
		assertThat(ppsm.mail().from()).isEqualTo("site@ppsm.test");
		assertThat(ppsm.mail().outbox())
			.isEqualTo(new PpsmProperties.Outbox(Duration.ofSeconds(1), Duration.ofMinutes(2), 7));
		assertThat(ppsm.contact())
			.isEqualTo(new PpsmProperties.Contact(1, 0, new PpsmProperties.Rate(11, 12)));
		assertThat(ppsm.retention()).isEqualTo(new PpsmProperties.Retention(Duration.ofDays(90), Duration.ofDays(7), "-"));
		assertThat(ppsm.pageCache()).isEqualTo(new PpsmProperties.PageCache(false, DataSize.ofKilobytes(900)));
		assertThat(ppsm.embeddedDb()).isEqualTo(new PpsmProperties.EmbeddedDb("/var/lib/ppsm", true));
		assertThat(ppsm.bench().queryCount()).isTrue();
	}

	@Test
	void defaultsAreTodays() {
		PpsmProperties ppsm = fromEnvironment(Map.of());
		assertThat(ppsm.baseUrl()).isEmpty();
		assertThat(ppsm.secureCookies()).isTrue();
		assertThat(ppsm.admin()).isEqualTo(new PpsmProperties.Admin("", ""));
		assertThat(ppsm.form().secret()).isEmpty();
		assertThat(ppsm.mail().from()).isEmpty();
		assertThat(ppsm.mail().outbox()).isEqualTo(new PpsmProperties.Outbox(Duration.ofSeconds(10), null, 20));
		assertThat(ppsm.mail().outbox().firstDelay()).isEqualTo(Duration.ofSeconds(10));
		assertThat(ppsm.contact()).isEqualTo(new PpsmProperties.Contact(3, 3, new PpsmProperties.Rate(5, 3)));
		assertThat(ppsm.retention())
			.isEqualTo(new PpsmProperties.Retention(Duration.ofDays(365), Duration.ofDays(30), "0 30 3 * * *"));
		assertThat(ppsm.pageCache()).isEqualTo(new PpsmProperties.PageCache(true, DataSize.ofMegabytes(24)));
		assertThat(ppsm.embeddedDb()).isEqualTo(new PpsmProperties.EmbeddedDb("data/postgres", false));
		assertThat(ppsm.bench().queryCount()).isFalse();
	}

	/** Read through placeholders by code that runs before the tree exists (cookie, embedded database). */
	@Test
	void placeholdersAndEarlyReadersSeeTheSameVariables() {
		StandardEnvironment environment = environment(Map.of("PPSM_SECURE_COOKIES", "false", "PPSM_EMBEDDED_DB_DIR",
				"/srv/db", "PPSM_EMBEDDED_DB_EPHEMERAL", "true"));
		assertThat(environment.resolvePlaceholders("${ppsm.secure-cookies:true}")).isEqualTo("false");
		assertThat(environment.getProperty("ppsm.embedded-db.dir")).isEqualTo("/srv/db");
		assertThat(environment.getProperty("ppsm.embedded-db.ephemeral", Boolean.class)).isTrue();
	}

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	/** The settings named in the validation errors of a start with these values. */
	List<String> rejected(String... values) {
		List<String> names = new ArrayList<>();
		this.context.withPropertyValues(values).run((started) -> {
			assertThat(started).hasFailed();
			Throwable failure = started.getStartupFailure();
			while (!(failure instanceof BindValidationException) && failure.getCause() != null) {
				failure = failure.getCause();
			}
			assertThat(failure).isInstanceOf(BindValidationException.class);
			((BindValidationException) failure).getValidationErrors()
				.getAllErrors()
				.forEach((error) -> names.add(error.getObjectName() + "." + ((FieldError) error).getField()));
		});
		return names;
	}

	@Test
	void aBadValueStopsTheStartWithItsName() {
		assertThat(rejected("ppsm.mail.outbox.max-attempts=0")).containsExactly("ppsm.mail.outbox.maxAttempts");
		assertThat(rejected("ppsm.mail.outbox.interval=0s")).containsExactly("ppsm.mail.outbox.interval");
		assertThat(rejected("ppsm.admin.email=pas une adresse")).containsExactly("ppsm.admin.email");
		assertThat(rejected("ppsm.mail.from=Site <site@ppsm.bi>")).containsExactly("ppsm.mail.from");
		assertThat(rejected("ppsm.retention.spam=-1d")).containsExactly("ppsm.retention.spam");
		assertThat(rejected("ppsm.retention.cron=chaque nuit")).containsExactly("ppsm.retention.cronValid");
		assertThat(rejected("ppsm.base-url=ppsm.bi")).containsExactly("ppsm.baseUrl");
		assertThat(rejected("ppsm.contact.rate.per-email=0", "ppsm.page-cache.max-bytes=0"))
			.containsExactlyInAnyOrder("ppsm.contact.rate.perEmail", "ppsm.pageCache.maxBytesValid");
	}

	@Test
	void aValueOfTheWrongTypeStopsTheStartWithItsName() {
		this.context.withPropertyValues("ppsm.page-cache.max-bytes=beaucoup")
			.run((started) -> assertThat(started).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'ppsm.page-cache.max-bytes'"));
	}

	@Test
	void goodValuesStart() {
		this.context.withPropertyValues("ppsm.base-url=https://ppsm.bi/", "ppsm.retention.cron=-",
				"ppsm.contact.min-seconds=0")
			.run((started) -> assertThat(started).hasNotFailed()
				.getBean(PpsmProperties.class)
				.extracting(PpsmProperties::baseUrl)
				.isEqualTo("https://ppsm.bi/"));
	}

	@EnableConfigurationProperties(PpsmProperties.class)
	static class Settings {

	}

}
