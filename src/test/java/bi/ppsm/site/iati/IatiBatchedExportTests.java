package bi.ppsm.site.iati;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IATI activities file read in batches of projects while it is written (issue 19), on the
 * real PostgreSQL with more projects than a batch, ready and not, with sectors, budgets and
 * results: byte for byte the file the whole snapshot made (the admin page's), at the first
 * export (identifiers then stored, the activities showing their last change from before) and
 * the next, and valid against the official schema.
 */
@SpringBootTest
class IatiBatchedExportTests {

	static final String ORGANISATION = IatiExportTests.ORGANISATION;

	static final Instant GENERATED = Instant.parse("2026-12-01T08:00:00Z");

	@Autowired
	IatiExport export;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void projects() {
		cleanUp();
		this.jdbc.update("update site_settings set iati_identifier = ?", ORGANISATION);
		for (int i = 0; i < 150; i++) {
			long project = this.jdbc.queryForObject("""
					insert into project (programme_id, slug, name, status, published, position, start_date, start_precision,
					    description)
					values ((select id from programme order by position offset ? limit 1), ?, ?, 'ONGOING', ?, ?, ?, 'YEAR', ?)
					returning id""", Long.class, i % 3, "iati-lot-" + i, "Projet en lot " + (1000 - i), i % 11 != 10, i,
					java.sql.Date.valueOf("2022-01-01"), "Description " + i);
			if (i % 4 != 3) {
				this.jdbc.update("insert into project_sector (project_id, code, percentage, position) values (?, '12340', null, 1)",
						project);
			}
			if (i % 2 == 0) {
				this.jdbc.update("""
						insert into budget_line (project_id, kind, amount, currency, start_date, start_precision, end_date,
						    end_precision, position)
						values (?, 'TOTAL', ?, 'BIF', '2024-01-01', 'YEAR', '2024-01-01', 'YEAR', 1)""", project, 1000 + i);
				this.jdbc.update("""
						insert into budget_line (project_id, kind, amount, currency, funder_id, start_date, start_precision,
						    position)
						select ?, 'FUNDER_SHARE', 500, 'BIF', id, '2024-03-01', 'MONTH', 2 from organisation
						where slug = 'giz'""", project);
			}
			if (i % 5 == 0) {
				this.jdbc.update("""
						insert into key_result (programme_id, project_id, statement, achieved_value, expected_value, unit, position)
						select programme_id, id, 'Personnes accompagnées', 40, 50, 'personnes', 1 from project where id = ?""",
						project);
			}
		}
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from key_result where project_id in (select id from project where slug like 'iati-lot-%')");
		this.jdbc.update("delete from project where slug like 'iati-lot-%'");
		this.jdbc.update("update programme set iati_identifier = null");
		this.jdbc.update("update project set iati_identifier = null");
		this.jdbc.update("update site_settings set iati_identifier = null");
	}

	@Test
	void theFileReadInBatchesIsTheFileOfTheWholeSnapshot() throws Exception {
		String before = whole();
		String first = batched();
		assertThat(first).isEqualTo(before);
		Document doc = Jsoup.parse(first, Parser.xmlParser());
		int projects = doc.select("iati-activity[hierarchy=2]").size();
		assertThat(projects).isGreaterThan(IatiExport.BATCH).isLessThan(150);
		// each child named by a programme is a project of the file (other tests' projects may sit
		// under programmes that are not in it, so not every project is named)
		java.util.Set<String> ids = new java.util.HashSet<>(doc.select("iati-activity[hierarchy=2] > iati-identifier").eachText());
		assertThat(doc.select("iati-activity[hierarchy=1] related-activity[type=2]").eachAttr("ref")).isNotEmpty()
			.allMatch(ids::contains);
		assertThat(doc.select("iati-activity[hierarchy=2] transaction")).isNotEmpty();
		assertThat(doc.select("iati-activity[hierarchy=2] result")).isNotEmpty();
		IatiSchemas.validateActivities(first);
		// identifiers stored at the first export, once each
		assertThat(this.jdbc.queryForObject("select count(*) from project where iati_identifier is not null", Integer.class))
			.isEqualTo(projects);
		assertThat(batched()).isEqualTo(whole());
	}

	/** The file as the admin page's snapshot makes it, nothing stored. */
	private String whole() {
		return this.transactions.execute(status -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				IatiXml.activities(this.export.preview(), GENERATED, out);
			}
			catch (javax.xml.stream.XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
			return out.toString(StandardCharsets.UTF_8);
		});
	}

	private String batched() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.writeActivities(out, GENERATED);
		return out.toString(StandardCharsets.UTF_8);
	}

}
