package bi.ppsm.site.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.MovableClock;
import bi.ppsm.site.system.PublicationTime;
import bi.ppsm.site.system.VisibilityWatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Scheduled programmes and projects on the whole application and the real PostgreSQL, with
 * the application clock moved by the test: a programme scheduled in the back office is absent
 * from every public place before its time and present after it; a project hidden after its end
 * date leaves them; the visibility watch sees both dates pass. Public pages are read with a
 * query string the page cache never stores.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScheduledPublishingFullStackTests {

	static final MovableClock CLOCK = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));

	static final AtomicInteger VISIT = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	VisibilityWatch watch;

	@Autowired
	PageCache pageCache;

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	ProjectRepository projects;

	Instant start;

	@BeforeEach
	void startNow() throws Exception {
		cleanUp();
		this.start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		CLOCK.set(this.start);
	}

	@AfterEach
	void cleanUp() throws Exception {
		this.jdbc.update("delete from project where slug like 'essai-programme-%'");
		this.jdbc.update("delete from programme_zone where programme_id in (select id from programme where slug like 'essai-programme-%')");
		this.jdbc.update("delete from programme where slug like 'essai-programme-%'");
		CLOCK.set(Instant.now());
	}

	@Test
	void aScheduledProgrammeIsAbsentBeforeItsTimeAndEverywhereAfter() throws Exception {
		String zone = this.jdbc.queryForObject(
				"select slug from zone where map_year = 2025 and kind = 'PROVINCE' order by id limit 1", String.class);
		long zoneId = this.jdbc.queryForObject("select id from zone where slug = ?", Long.class, zone);
		Instant opening = this.start.plus(Duration.ofHours(2));
		assertThat(this.mvc.post()
			.uri("/admin/programmes/nouveau")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("slug", "essai-programme-programme")
			.param("name", "Essai programmé pour plus tard")
			.param("summary", "Un programme qui paraîtra tout seul.")
			.param("publication", "AT_DATE")
			.param("publishFrom", PublicationTime.input(opening))
			.param("zones", String.valueOf(zoneId))
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select publish_from from programme where slug = 'essai-programme-programme'",
				Instant.class)).isEqualTo(opening);
		String name = "Essai programmé pour plus tard";
		List<String> places = List.of("/programmes", "/", "/projets", "/zones-d-intervention", "/zones-d-intervention/" + zone,
				"/partenaires", "/sitemap.xml");

		// before its time: nowhere public, 404 on its page, in the admin list as scheduled, previewed by staff
		for (String place : places) {
			assertThat(body(place)).as(place).doesNotContain(name).doesNotContain("/programmes/essai-programme-programme<");
		}
		assertThat(get("/programmes/essai-programme-programme")).hasStatus(HttpStatus.NOT_FOUND);
		String admin = this.mvc.get()
			.uri("/admin/programmes")
			.with(user("redactrice@test").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(admin).select("tr:contains(" + name + ") .badge").text())
			.isEqualTo("Programmé : public le " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
				.format(PublicationTime.toLocal(opening)));
		long id = this.jdbc.queryForObject("select id from programme where slug = 'essai-programme-programme'", Long.class);
		assertThat(this.mvc.get()
			.uri("/admin/programmes/" + id + "/apercu")
			.with(user("redactrice@test").roles("EDITOR"))).hasStatusOk().bodyText().contains(name);
		assertThat(this.watch.changedSince(this.start, this.start.plus(Duration.ofHours(1)))).isFalse();

		// its time comes: the watch tells the page caches, and every public place shows it
		CLOCK.set(opening);
		assertThat(this.watch.changedSince(this.start, opening)).isTrue();
		this.pageCache.invalidateAll(); // what the watch's notice then does on every instance (kept files too)
		assertThat(body("/programmes/essai-programme-programme")).contains(name);
		assertThat(body("/programmes")).contains(name);
		assertThat(body("/")).contains(name);
		assertThat(body("/zones-d-intervention/" + zone)).contains(name);
		assertThat(body("/sitemap.xml")).contains("/programmes/essai-programme-programme</loc>");
		assertThat(this.programmes.findVisibleIds(opening)).contains(id);
		assertThat(this.programmes.findVisibleIds(opening.minusSeconds(1))).doesNotContain(id);
	}

	@Test
	void aProjectIsHiddenAfterItsEndDate() throws Exception {
		long programme = this.jdbc.queryForObject("select id from programme where published order by position limit 1",
				Long.class);
		Instant end = this.start.plus(Duration.ofHours(5));
		assertThat(this.mvc.post()
			.uri("/admin/projets/nouveau")
			.with(user("redactrice@test").roles("EDITOR"))
			.with(csrf())
			.param("programme", String.valueOf(programme))
			.param("slug", "essai-programme-projet")
			.param("name", "Essai de projet à durée limitée")
			.param("status", "ONGOING")
			.param("publication", "NOW")
			.param("publishUntil", PublicationTime.input(end))
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from project where slug = 'essai-programme-projet'", Long.class);
		String name = "Essai de projet à durée limitée";

		CLOCK.set(this.start.plus(Duration.ofHours(3)));
		assertThat(body("/projets/essai-programme-projet")).contains(name);
		assertThat(body("/projets")).contains(name);
		assertThat(body("/sitemap.xml")).contains("/projets/essai-programme-projet</loc>");
		assertThat(this.projects.findVisibleIds(CLOCK.instant())).contains(id);
		assertThat(this.jdbc.queryForObject("select count(*) > 0 from project where id = ? and "
				+ ProjectRepository.VISIBLE_SQL.replace(":now", "?"), Boolean.class, id, at(CLOCK.instant()),
				at(CLOCK.instant()), at(CLOCK.instant()), at(CLOCK.instant())))
			.as("the SQL form of the rule for native queries").isTrue();

		// its end date passes: off every public place, 404 on its page, "hidden since" in the admin
		CLOCK.set(end);
		assertThat(this.watch.changedSince(this.start.plus(Duration.ofHours(3)), end)).isTrue();
		this.pageCache.invalidateAll(); // what the watch's notice then does on every instance (kept files too)
		assertThat(get("/projets/essai-programme-projet")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(body("/projets")).doesNotContain(name);
		assertThat(body("/sitemap.xml")).doesNotContain("/projets/essai-programme-projet<");
		assertThat(this.projects.findVisibleIds(end)).doesNotContain(id);
		String admin = this.mvc.get()
			.uri("/admin/projets?q=Essai")
			.with(user("redactrice@test").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(admin).select("tr:contains(" + name + ") .badge").text()).startsWith("Masqué depuis le ");
		assertThat(this.mvc.get()
			.uri("/admin/projets/" + id + "/apercu")
			.with(user("redactrice@test").roles("EDITOR"))).hasStatusOk();
	}

	@Test
	void aProjectOfAScheduledProgrammeWaitsForIt() throws Exception {
		long programme = this.jdbc.queryForObject("select id from programme where published order by position limit 1",
				Long.class);
		this.jdbc.update("""
				insert into project (programme_id, slug, name, status, position, published)
				values (?, 'essai-programme-attente', 'Projet qui attend son programme', 'ONGOING', 99, true)""",
				programme);
		Instant opening = this.start.plus(Duration.ofDays(1));
		this.jdbc.update("update programme set publish_from = ? where id = ?",
				java.sql.Timestamp.from(opening), programme);
		try {
			assertThat(get("/projets/essai-programme-attente")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(body("/projets")).doesNotContain("Projet qui attend son programme");
			CLOCK.set(opening);
			assertThat(body("/projets/essai-programme-attente")).contains("Projet qui attend son programme");
		}
		finally {
			this.jdbc.update("update programme set publish_from = null where id = ?", programme);
		}
	}

	private static java.sql.Timestamp at(Instant instant) {
		return java.sql.Timestamp.from(instant);
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path + (path.contains("?") ? "&" : "?") + "v=" + VISIT.incrementAndGet()).exchange();
	}

	private String body(String path) {
		MvcTestResult result = get(path);
		assertThat(result).as(path).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration
	static class MovedClock {

		@Bean
		@Primary
		Clock movableClock() {
			return CLOCK;
		}

	}

}
