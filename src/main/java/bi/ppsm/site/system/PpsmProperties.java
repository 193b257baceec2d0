package bi.ppsm.site.system;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code ppsm.*} setting of the site, bound and checked once at start-up: a bad value
 * stops the start with the name of the setting. Each is set by an environment variable, the
 * property name in capitals with {@code _} for {@code .} and {@code -} ({@code PPSM_MAIL_FROM}
 * sets {@code ppsm.mail.from}). These comments are the one place the settings are documented:
 * the build turns them into {@code META-INF/spring-configuration-metadata.json}, and a test
 * checks that README section 3 lists every one.
 *
 * @param baseUrl Public address of the site, e.g. https://ppsm.bi, used for canonical
 * links, hreflang, the sitemap, sharing tags and links in e-mails; set it in production (a
 * forged Host header then cannot change those URLs); empty: they follow the request
 * @param secureCookies Whether the session cookie is marked Secure; false only for plain-http
 * local development (the cookie is always HttpOnly and SameSite=Lax)
 * @param admin The first administrator, created at start-up while there is no staff account
 * @param form The public forms
 * @param mail Outgoing e-mail
 * @param contact The contact form's spam checks
 * @param retention How long contact messages are kept
 * @param pageCache The cache of rendered public pages
 * @param embeddedDb The embedded PostgreSQL, started when no spring.datasource.url is set
 * @param bench Measurement aids for the benchmark
 * @param uploads Images and documents uploaded by staff
 * @param backup Backups of the database
 * @param mfa The second factor of staff sign-ins
 * @param revisions How long the revisions of the content are kept
 */
@ConfigurationProperties("ppsm")
@Validated
public record PpsmProperties(
		@DefaultValue("") @Pattern(regexp = "(https?://\\S+)?", message = "must be empty or an http(s) URL") String baseUrl,
		@DefaultValue("true") boolean secureCookies, @DefaultValue @Valid Admin admin, @DefaultValue @Valid Form form,
		@DefaultValue @Valid Mail mail, @DefaultValue @Valid Contact contact, @DefaultValue @Valid Retention retention,
		@DefaultValue @Valid PageCache pageCache, @DefaultValue @Valid EmbeddedDb embeddedDb,
		@DefaultValue @Valid Bench bench, @DefaultValue @Valid Uploads uploads, @DefaultValue @Valid Backup backup,
		@DefaultValue @Valid Mfa mfa, @DefaultValue @Valid Revisions revisions) {

	/**
	 * The first administrator.
	 *
	 * @param email Login (e-mail) of the first administrator, created at start-up only while
	 * there is no staff account at all; empty: no account is created and a warning is logged
	 * @param password That administrator's password; empty: a random one is printed once in the
	 * log (WARN) and must be changed at first sign-in; too weak for the policy: accepted once,
	 * and must be changed at first sign-in
	 */
	public record Admin(@DefaultValue("") @Email String email, @DefaultValue("") String password) {
	}

	/**
	 * The public forms.
	 *
	 * @param secret Key (any long random string) that signs the contact form's time trap; empty:
	 * the first instance to start stores a random key in the table app_secret and every instance
	 * uses it, so forms stay valid across instances and restarts
	 */
	public record Form(@DefaultValue("") String secret) {
	}

	/**
	 * Outgoing e-mail (the SMTP server itself is spring.mail.*).
	 *
	 * @param from Sender (From) and Reply-To of every e-mail, whose domain Message-IDs use;
	 * empty: the contact e-mail of the site settings, else noreply@localhost
	 * @param outbox The outbox sender
	 */
	public record Mail(@DefaultValue("") @Email String from, @DefaultValue @Valid Outbox outbox) {
	}

	/**
	 * The outbox sender.
	 *
	 * @param interval Pause between two passes of the outbox sender
	 * @param initialDelay Pause before the first pass; empty: the interval
	 * @param maxAttempts Attempts before a mail is marked FAILED (retries after 1, 2, 4...
	 * minutes, at most one hour apart: about 14 hours in all)
	 */
	public record Outbox(@DefaultValue("10s") @NotNull @DurationMin(nanos = 1) Duration interval,
			@DurationMin(nanos = 0) Duration initialDelay, @DefaultValue("20") @Positive int maxAttempts) {

		/** The pause before the first pass. */
		public Duration firstDelay() {
			return (this.initialDelay != null) ? this.initialDelay : this.interval;
		}

	}

	/**
	 * The contact form's spam checks.
	 *
	 * @param minSeconds A form sent back faster than this many seconds is treated as spam
	 * @param maxLinks A message with more links (http://, https://, www.) goes to spam
	 * @param rate How many messages are accepted per hour
	 */
	public record Contact(@DefaultValue("3") @PositiveOrZero long minSeconds,
			@DefaultValue("3") @PositiveOrZero int maxLinks, @DefaultValue @Valid Rate rate) {
	}

	/**
	 * Messages accepted per hour; more go to spam.
	 *
	 * @param perAddress Messages accepted per client address per hour
	 * @param perEmail Messages accepted per sender e-mail per hour
	 */
	public record Rate(@DefaultValue("5") @Positive int perAddress, @DefaultValue("3") @Positive int perEmail) {
	}

	/**
	 * How long contact messages are kept.
	 *
	 * @param closed How long answered and archived messages are kept (ISO-8601 duration such as
	 * P365D, or 365d)
	 * @param spam How long spam is kept
	 * @param cron When the retention job runs (Spring cron, server time; "-" disables it)
	 */
	public record Retention(@DefaultValue("P365D") @NotNull @DurationMin(nanos = 1) Duration closed,
			@DefaultValue("P30D") @NotNull @DurationMin(nanos = 1) Duration spam,
			@DefaultValue("0 30 3 * * *") @NotBlank String cron) {

		/** Disabled ("-") or a cron expression Spring understands. */
		@AssertTrue(message = "must be a Spring cron expression (six fields) or \"-\"")
		public boolean isCronValid() {
			return this.cron == null || "-".equals(this.cron) || CronExpression.isValidExpression(this.cron);
		}

	}

	/**
	 * The cache of rendered public pages.
	 *
	 * @param enabled Whether rendered public pages are kept and served from memory
	 * @param maxBytes How much memory the stored pages may take at most (plain and gzip bytes and
	 * headers); a page larger than an eighth of it is not stored
	 */
	public record PageCache(@DefaultValue("true") boolean enabled, @DefaultValue("24MB") @NotNull DataSize maxBytes) {

		@AssertTrue(message = "must be more than 0 bytes")
		public boolean isMaxBytesValid() {
			return this.maxBytes == null || this.maxBytes.toBytes() > 0;
		}

	}

	/**
	 * The embedded PostgreSQL. Read before the application starts (EmbeddedPostgresEnvironment),
	 * listed here to be documented and checked with the rest.
	 *
	 * @param dir Where the embedded PostgreSQL keeps its data (only when no URL is set)
	 * @param ephemeral Whether the embedded PostgreSQL uses a throw-away directory (the tests set it)
	 */
	public record EmbeddedDb(@DefaultValue("data/postgres") @NotBlank String dir,
			@DefaultValue("false") boolean ephemeral) {
	}

	/**
	 * Measurement aids for the benchmark.
	 *
	 * @param queryCount Whether every response reports its number of SQL statements in an
	 * X-Query-Count header (bench/run.sh sets it; never in production)
	 */
	public record Bench(@DefaultValue("false") boolean queryCount) {
	}

	/**
	 * Images and documents uploaded by staff (kept in PostgreSQL, see README section 5).
	 *
	 * @param maxImageSize Largest image file accepted (JPEG, PNG or WebP)
	 * @param maxDocumentSize Largest document accepted (PDF, DOCX, XLSX, ODT)
	 */
	public record Uploads(@DefaultValue("10MB") @NotNull DataSize maxImageSize,
			@DefaultValue("25MB") @NotNull DataSize maxDocumentSize) {

		/** The largest request body an upload form may send: the larger limit and room for the form's fields. */
		public DataSize maxRequestSize() {
			return DataSize.ofBytes(Math.max(this.maxImageSize.toBytes(), this.maxDocumentSize.toBytes())
					+ DataSize.ofMegabytes(1).toBytes());
		}

	}

	/**
	 * Backups of the database with pg_dump (README "Backups and restore").
	 *
	 * @param enabled Whether backups run (the schedule and the admin page's button); empty: yes
	 * with the embedded PostgreSQL, no with an external database (SPRING_DATASOURCE_URL)
	 * @param cron When the scheduled backup runs (Spring cron, server time; "-" disables the
	 * schedule, the admin page's button still works)
	 * @param dir Directory of the backup files; empty: a folder backups beside the embedded
	 * PostgreSQL's data directory (data/backups by default)
	 * @param keepDays How many days backups are kept: older ones are deleted after each
	 * successful new one
	 * @param pgBin Directory holding pg_dump and pg_restore, of a major version at least the
	 * server's; empty: they are looked up on the PATH
	 */
	public record Backup(Boolean enabled, @DefaultValue("0 0 2 * * *") @NotBlank String cron,
			@DefaultValue("") String dir, @DefaultValue("14") @Positive int keepDays,
			@DefaultValue("") String pgBin) {

		/** Disabled ("-") or a cron expression Spring understands. */
		@AssertTrue(message = "must be a Spring cron expression (six fields) or \"-\"")
		public boolean isCronValid() {
			return this.cron == null || "-".equals(this.cron) || CronExpression.isValidExpression(this.cron);
		}

	}

	/**
	 * The second factor of staff sign-ins (one-time codes of an authenticator app).
	 *
	 * @param required Whether administrators and inbox handlers must have a second factor (they
	 * enrol right after their password at their next sign-in); false: nobody is forced to enrol
	 * (a first start before staff have their phones, automated checks) and the dashboard says so;
	 * those who enrolled are still asked for their code
	 */
	public record Mfa(@DefaultValue("true") boolean required) {
	}

	/**
	 * Revisions of the content (README section 5, "Revisions").
	 *
	 * @param keep How many revisions are kept per record, the latest ones: older ones are
	 * deleted when a new one is written and every night; 0 keeps them all
	 */
	public record Revisions(@DefaultValue("0") @PositiveOrZero int keep) {
	}

}
