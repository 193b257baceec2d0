package bi.ppsm.site.catalog;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.cache.PageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

/**
 * A page view issues a small, fixed number of queries, whatever the number of rows it shows:
 * adding projects to a programme does not add queries (no N+1). The page cache is off here so
 * that every view really renders.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "ppsm.page-cache.enabled=false",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
class QueriesPerPageTests {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	PageCache pageCache;

	/**
	 * The site settings are kept between content changes, and the notice of a change made by a
	 * test arrives a moment later: counted, a page would read them or not depending on that
	 * moment. As while changes cannot be heard, every page view here reads them.
	 */
	@BeforeEach
	void settingsReadAtEveryView() {
		doReturn(-1L).when(this.pageCache).contentVersion();
	}

	@Test
	void pageViewsIssueAFewQueriesNotOnePerRow() throws Exception {
		long programmePage = queriesFor("/programmes/protection-de-l-enfance");
		long projectList = queriesFor("/projets");
		long partners = queriesFor("/partenaires");
		long zones = queriesFor("/zones-d-intervention");
		long province = queriesFor("/zones-d-intervention/burunga-2025");
		assertThat(programmePage).as("programme page").isLessThanOrEqualTo(20);
		assertThat(projectList).as("project list").isLessThanOrEqualTo(20);
		assertThat(partners).as("partners page").isLessThanOrEqualTo(25);
		assertThat(zones).as("zones page with its map").isLessThanOrEqualTo(25);
		assertThat(province).as("province page").isLessThanOrEqualTo(25);

		addProjects(8);
		try {
			assertThat(queriesFor("/programmes/protection-de-l-enfance")).isEqualTo(programmePage);
			assertThat(queriesFor("/projets")).isEqualTo(projectList);
			assertThat(queriesFor("/partenaires")).isEqualTo(partners);
			assertThat(queriesFor("/zones-d-intervention")).isEqualTo(zones);
			assertThat(queriesFor("/zones-d-intervention/burunga-2025")).isEqualTo(province);
		}
		finally {
			this.jdbc.update("delete from project where slug like 'test-n-plus-un-%'");
		}
	}

	/**
	 * An English page reads the translations of each content type it shows once, whatever the
	 * number of records and translated fields; a French page reads none.
	 */
	@Test
	void englishPagesReadTranslationsOncePerContentType() {
		long french = warmQueriesFor("/programmes");
		long english = warmQueriesFor("/en/programmes");
		// one query for the programmes' translations, one for the site settings' (the footer's tagline):
		// with the page cache off, as here, nothing is kept until the next content change
		assertThat(english).as("one query per translated content type").isEqualTo(french + 2);
		this.jdbc.update("""
				insert into content_translation (entity_type, entity_id, field, lang, value)
				select 'programme', id, f.field, 'en', 'Translated ' || f.field from programme
				cross join (values ('name'), ('cardText'), ('summary')) as f(field)""");
		try {
			assertThat(warmQueriesFor("/en/programmes")).isEqualTo(english);
			assertThat(warmQueriesFor("/programmes")).isEqualTo(french);
		}
		finally {
			this.jdbc.update("delete from content_translation where entity_type = 'programme'");
		}
	}

	/**
	 * Between two content changes an English page reads the footer's translations (the site
	 * settings') no more: they are kept with the settings themselves, and read again after a change.
	 */
	@Test
	void theFootersTranslationsAreKeptUntilTheNextContentChange() {
		doReturn(7L).when(this.pageCache).contentVersion();
		long french = warmQueriesFor("/programmes");
		long english = warmQueriesFor("/en/programmes");
		assertThat(english).as("the programmes' translations only").isEqualTo(french + 1);
		doReturn(8L).when(this.pageCache).contentVersion();
		assertThat(queriesFor("/en/programmes")).as("read again after a change").isEqualTo(english + 2);
		assertThat(queriesFor("/en/programmes")).isEqualTo(english);
	}

	/** News lists and blocks read the covers, programmes and projects with their items, not one by one. */
	@Test
	void newsPagesIssueAFewQueriesNotOnePerItem() {
		try {
			addNews(1);
			List<String> pages = List.of("/actualites", "/", "/programmes/protection-de-l-enfance",
					"/actualites/test-actualite-0");
			List<Long> before = pages.stream().map(this::queriesFor).toList();
			assertThat(before).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(25));
			addNews(5);
			assertThat(pages.stream().map(this::queriesFor).toList()).isEqualTo(before);
		}
		finally {
			this.jdbc.update("delete from news_item where slug like 'test-actualite-%'");
			this.jdbc.update("delete from image where storage_key like 'test-actualite-%'");
		}
	}

	private void addNews(int count) {
		int start = this.jdbc.queryForObject("select count(*) from news_item where slug like 'test-actualite-%'",
				Integer.class);
		for (int i = start; i < start + count; i++) {
			String slug = "test-actualite-" + i;
			long image = this.jdbc.queryForObject("""
					insert into image (storage_key, original_name, width, height, widths, alt_text, created_at, updated_at)
					values (?, 'photo.jpg', 1080, 720, '{360,720,1080}', 'Une photo', now(), now()) returning id""",
					Long.class, slug);
			this.jdbc.update("""
					insert into news_item (slug, title, summary, body, cover_image_id, publish_at, created_at)
					values (?, ?, 'Résumé', 'Texte', ?, now() - make_interval(hours => ? + 1), now())""", slug,
					"Actualité de test " + i, image, i);
			this.jdbc.update("""
					insert into news_programme (news_id, programme_id)
					select n.id, p.id from news_item n, programme p where n.slug = ? and p.slug = 'protection-de-l-enfance'""",
					slug);
			this.jdbc.update("""
					insert into news_project (news_id, project_id)
					select n.id, p.id from news_item n, project p
					where n.slug = ? and p.id in (select id from project where published order by id limit 2)""", slug);
		}
	}

	private void addProjects(int count) {
		for (int i = 0; i < count; i++) {
			String slug = "test-n-plus-un-" + i;
			this.jdbc.update("""
					insert into project (programme_id, slug, name, status, position, published)
					select id, ?, ?, 'ONGOING', 100 + ?, true from programme where slug = 'protection-de-l-enfance'""",
					slug, "Projet de test " + i, i);
			this.jdbc.update("""
					insert into project_zone (project_id, zone_id)
					select p.id, z.id from project p, zone z where p.slug = ? and z.slug in ('gitega', 'ngozi')""", slug);
			this.jdbc.update("""
					insert into project_organisation (project_id, organisation_id, role, position)
					select p.id, o.id, 'FUNDER', 1 from project p, organisation o where p.slug = ? and o.slug = 'unicef'""",
					slug);
			this.jdbc.update("""
					insert into key_result (programme_id, project_id, statement, position)
					select p.programme_id, p.id, 'Résultat de test', 100 from project p where p.slug = ?""", slug);
		}
	}

	/** The queries of a second view: what is kept until the next content change is read by the first. */
	private long warmQueriesFor(String path) {
		queriesFor(path);
		return queriesFor(path);
	}

	private long queriesFor(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		HttpResponse<String> response = new HttpVisitor(this.port).get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

}
