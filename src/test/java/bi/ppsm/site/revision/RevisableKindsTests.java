package bi.ppsm.site.revision;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of content that keeps revisions, on the real database: its state is captured from
 * a real record and read back into its form unchanged, so that any revision can be restored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RevisableKindsTests {

	/** Kind → table of its records. */
	static final Map<String, String> TABLES = Map.ofEntries(Map.entry("programme", "programme"),
			Map.entry("project", "project"), Map.entry("news", "news_item"), Map.entry("document", "document"),
			Map.entry("service-point", "service_point"), Map.entry("service", "service"),
			Map.entry("mission", "mission"), Map.entry("perspective", "perspective"),
			Map.entry("figure", "headline_figure"), Map.entry("zone", "zone"),
			Map.entry("target-group", "target_group"), Map.entry("branch", "ppsm_branch"),
			Map.entry("settings", "site_settings"));

	@Autowired
	List<Revisable> kinds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyKindTheIssueNamesKeepsRevisions() {
		assertThat(this.kinds).extracting(Revisable::type)
			.contains("programme", "project", "news", "document", "service-point", "service", "mission", "perspective",
					"figure", "settings")
			.doesNotHaveDuplicates()
			.allSatisfy(type -> assertThat(TABLES).containsKey(type));
	}

	@Test
	void aCapturedStateReadsBackIntoTheSameForm() {
		this.transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			addWhatTheSeedLacks();
			for (Revisable kind : this.kinds) {
				List<Long> ids = this.jdbc.queryForList(
						"select id from " + TABLES.get(kind.type()) + " order by id desc limit 3", Long.class);
				assertThat(ids).as(kind.type()).isNotEmpty();
				for (long id : ids) {
					String state = RevisionState.capture(kind, id);
					Object form = RevisionState.form(kind, state, 0);
					ObjectNode again = RevisionState.JSON.valueToTree(form);
					RevisionStore.NOT_STATE.forEach(again::remove);
					// both read from text, as the store compares them (a Long and an int read the same)
					assertThat(RevisionState.read(RevisionState.JSON.writeValueAsString(again))).as("%s %d", kind.type(), id)
						.isEqualTo(RevisionState.read(state));
					assertThat(kind.fields()).as(kind.type()).isNotEmpty().doesNotContain("version", "file");
					assertThat(kind.label(id)).as(kind.type()).isNotBlank();
					assertThat(kind.adminUrl(id)).startsWith("/admin/");
				}
			}
		});
	}

	/** A news item, a document, a service point and a branch (the seed has none), rolled back with the test. */
	private void addWhatTheSeedLacks() {
		long news = this.jdbc.queryForObject("""
				insert into news_item (slug, title, summary, body, publish_at, created_at)
				values ('revision-essai', 'Actualité', 'Résumé', 'Texte **gras**', now() - interval '1 day', now())
				returning id""", Long.class);
		this.jdbc.update("insert into news_programme (news_id, programme_id) values (?, (select min(id) from programme))",
				news);
		this.jdbc.update("""
				insert into document (title, category, language, document_date, published, file_type, file_name,
				content_type, size_bytes, sha256, created_at, updated_at) values ('Document', 'ETUDE', 'FR', current_date,
				true, 'PDF', 'essai.pdf', 'application/pdf', 9, ?, now(), now())""", "ab".repeat(32));
		this.jdbc.update("""
				insert into service_point (organisation_id, name, services, languages, province_id, commune_id, address,
				phone, free, published, verified_on) values ((select id from organisation where slug = 'ppsm'),
				'Point', '{PSYCHOSOCIAL_SUPPORT}', '{KIRUNDI,FRENCH}', (select id from zone where slug = 'gitega-2025'),
				(select id from zone where slug = 'commune-gitega'), 'Près du marché', '+257 22 00 00 00', true, true,
				current_date)""");
		this.jdbc.update("""
				insert into ppsm_branch (name, province_id, address) values ('Antenne',
				(select id from zone where slug = 'gitega-2025'), 'Quartier Magarama')""");
	}

}
