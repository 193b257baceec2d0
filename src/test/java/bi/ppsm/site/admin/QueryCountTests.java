package bi.ppsm.site.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.cache.PageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * No page's SQL grows with the number of records (issue 19): every list is read in a fixed
 * number of statements (the {@code X-Query-Count} of the benchmark), whether the site holds 55 or
 * 80 more news items, projects, documents, messages, audit entries, service points,
 * organisations, programmes and staff accounts. A query per row (N+1) or a list loaded whole
 * would make the second count larger. Both numbers are over the largest page (50 rows) and over the dashboard's ten latest
 * changes: a first page that is not full needs no count query, and each of those ten lines
 * checks that its record still exists.
 */
@SpringBootTest(properties = "ppsm.bench.query-count=true")
@AutoConfigureMockMvc
class QueryCountTests {

	/**
	 * Public lists (an extra parameter keeps each out of the page cache: it renders); the project
	 * list also filtered by a donor's parent organisation and a province. A programme's page (its
	 * first projects) and its list of projects (a page of them): the added projects are the
	 * programme {@code rapatriement}'s. The home page and the list of programmes show the added
	 * programmes (published, each with a zone and a funder): more than a batch of 64 with the seed's.
	 */
	static final List<String> PUBLIC = List.of("/actualites?n=1", "/documents?n=1", "/projets?n=1",
			"/projets?bailleur=giz&zone=gitega-2025&n=1", "/projets?statut=ONGOING&page=2&n=1",
			"/trouver-de-l-aide?province=gitega-2025&n=1",
			"/trouver-de-l-aide?province=gitega-2025&besoin=psychosocial-support&page=2&n=1",
			"/actualites/flux.atom?n=1", "/programmes/rapatriement?n=1", "/programmes/rapatriement/projets?n=1",
			"/?n=1", "/programmes?n=1");

	static final List<String> STAFF = List.of("/admin", "/admin/actualites", "/admin/actualites?q=compte",
			"/admin/projets", "/admin/projets?q=compte", "/admin/documents", "/admin/organisations",
			"/admin/points-de-service", "/admin/messages", "/admin/journal", "/admin/journal?actor=compte%40ppsm.test",
			"/admin/comptes", "/admin/comptes?q=compte", "/admin/programmes", "/admin/programmes?q=compt%C3%A9");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	PageCache pageCache;

	/**
	 * The site settings are kept between content changes, and the notice of the records added
	 * here arrives a moment later: counted, a page would read them or not depending on that
	 * moment. As while changes cannot be heard, every page view here reads them.
	 */
	@BeforeEach
	void settingsReadAtEveryView() {
		doReturn(-1L).when(this.pageCache).contentVersion();
	}

	@AfterEach
	void removeTheRecords() {
		this.jdbc.update("delete from audit_entry where actor = 'compte@ppsm.test'");
		this.jdbc.update("delete from outbox_mail where recipient like 'compte%@exemple.bi'");
		this.jdbc.update("delete from contact_message where email like 'compte%@exemple.bi'");
		this.jdbc.update("delete from service_point where name like 'Point compté %'");
		this.jdbc.update("delete from document where title like 'Document compté %'");
		this.jdbc.update("delete from news_item where slug like 'compte-%'");
		this.jdbc.update("delete from project where slug like 'compte-%'");
		this.jdbc.update("delete from programme where slug like 'compte-%'");
		this.jdbc.update("delete from organisation where slug like 'compte-%'");
		this.jdbc.update("delete from staff_account where email like 'compte-%@ppsm.test'");
	}

	@Test
	void theQueriesOfEachListAreTheSameWithMoreRecords() {
		add(0, 55);
		Map<String, Integer> few = counts();
		add(55, 80);
		Map<String, Integer> many = counts();
		assertThat(few.values()).allSatisfy(count -> assertThat(count).isPositive());
		assertThat(many).isEqualTo(few);
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : PUBLIC) {
			counts.put(page, count(this.mvc.get().uri(page).header("X-Query-Count", "?").exchange(), page));
		}
		for (String page : STAFF) {
			counts.put(page, count(this.mvc.get()
				.uri(page)
				.header("X-Query-Count", "?")
				.with(user("admin@test").roles("ADMINISTRATOR"))
				.exchange(), page));
		}
		return counts;
	}

	private static int count(MvcTestResult result, String page) {
		assertThat(result).as(page).hasStatusOk();
		String header = result.getResponse().getHeader("X-Query-Count");
		assertThat(header).as(page).isNotNull();
		return Integer.parseInt(header);
	}

	/** Records from {@code from} (included) to {@code to} (excluded) of each kind, with their relations. */
	private void add(int from, int to) {
		for (int i = from; i < to; i++) {
			long organisation = this.jdbc.queryForObject("""
					insert into organisation (slug, name, parent_id, member)
					values (?, ?, (select id from organisation where slug = 'giz'), true) returning id""", Long.class,
					"compte-" + i, "Organisation comptée " + i);
			long project = this.jdbc.queryForObject("""
					insert into project (programme_id, slug, name, status, published, position)
					values ((select id from programme where slug = 'rapatriement'), ?, ?, 'ONGOING', true, 100 + ?)
					returning id""", Long.class, "compte-" + i, "Projet compté " + i, i);
			this.jdbc.update("insert into project_zone (project_id, zone_id) select ?, id from zone where slug = 'gitega-2025'",
					project);
			this.jdbc.update("insert into project_organisation (project_id, organisation_id, role, position) values (?, ?, 'FUNDER', 1)",
					project, organisation);
			this.jdbc.update("""
					insert into project_phase (project_id, name, status, position) values (?, 'Phase I', 'ONGOING', 1)""",
					project);
			this.jdbc.update("""
					insert into budget_line (project_id, kind, amount, currency, funder_id)
					values (?, 'FUNDER_SHARE', 1000, 'USD', ?)""", project, organisation);
			long news = this.jdbc.queryForObject("""
					insert into news_item (slug, title, summary, body, publish_at, created_by)
					values (?, ?, 'Résumé', 'Texte', now() - interval '1 hour', 'compte@ppsm.test') returning id""",
					Long.class, "compte-" + i, "Nouvelle comptée " + i);
			this.jdbc.update("""
					insert into news_programme (news_id, programme_id)
					select ?, id from programme where slug = 'rapatriement'""", news);
			this.jdbc.update("insert into news_project (news_id, project_id) values (?, ?)", news, project);
			long document = this.jdbc.queryForObject("""
					insert into document (title, category, language, document_date, published, file_type, file_name,
					    content_type, size_bytes, sha256, created_at, updated_at)
					values (?, 'ETUDE', 'FR', current_date, true, 'PDF', 'compte.pdf', 'application/pdf', 4,
					    md5(?) || md5(?), now(), now()) returning id""", Long.class, "Document compté " + i,
					"a" + i, "b" + i);
			this.jdbc.update("insert into document_file (document_id, bytes) values (?, '\\x25504446'::bytea)", document);
			this.jdbc.update("insert into document_project (document_id, project_id) values (?, ?)", document, project);
			this.jdbc.update("""
					insert into service_point (organisation_id, name, services, province_id, address, published)
					select ?, ?, array['PSYCHOSOCIAL_SUPPORT']::varchar[], id, 'Colline', true
					from zone where slug = 'gitega-2025'""", organisation, "Point compté " + i);
			long message = this.jdbc.queryForObject("""
					insert into contact_message (sender_name, email, subject, body, language, status, created_at, updated_at)
					values (?, ?, 'SUPPORT', 'Bonjour', 'fr', 'NEW', now(), now()) returning id""", Long.class,
					"Personne " + i, "compte" + i + "@exemple.bi");
			this.jdbc.update("""
					insert into message_note (message_id, author, body, created_at) values (?, 'Accueil', 'Note', now())""",
					message);
			this.jdbc.update("""
					insert into outbox_mail (kind, recipient, subject, body, message_id_header, status, next_attempt_at,
					    created_at, message_id)
					values ('ACKNOWLEDGEMENT', ?, 'Reçu', 'Merci', ?, 'SENT', now(), now(), ?)""",
					"compte" + i + "@exemple.bi", "<compte-" + i + "@ppsm.test>", message);
			this.jdbc.update("""
					insert into audit_entry (actor, action, entity_type, entity_id, entity_label, changed_fields)
					values ('compte@ppsm.test', 'UPDATE', 'news', ?, ?, 'title')""", String.valueOf(news),
					"Nouvelle comptée " + i);
			long programme = this.jdbc.queryForObject("""
					insert into programme (slug, name, summary, published, position) values (?, ?, 'Résumé', true, 100 + ?)
					returning id""", Long.class, "compte-" + i, "Programme compté " + i, i);
			this.jdbc.update("insert into programme_zone (programme_id, zone_id) select ?, id from zone where slug = 'gitega-2025'",
					programme);
			this.jdbc.update(
					"insert into programme_organisation (programme_id, organisation_id, role, position) values (?, ?, 'FUNDER', 1)",
					programme, organisation);
			this.jdbc.update("""
					insert into staff_account (email, display_name, role, password_hash) values (?, ?, 'EDITOR', '{noop}x')""",
					"compte-" + i + "@ppsm.test", "Compte " + i);
		}
	}

}
