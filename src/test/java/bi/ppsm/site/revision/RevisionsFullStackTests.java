package bi.ppsm.site.revision;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Revisions on the whole application and the real PostgreSQL: staff edit a programme twice,
 * read the difference (field by field, and word by word in the summary), restore the first
 * edit, and the public page shows it; the restore is a new revision and an audit entry. Bad
 * revision numbers are 404s. Retention keeps the latest revisions. The seed is put back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RevisionsFullStackTests {

	static final String FIRST = "Le programme accompagne les rapatriés burundais dès leur arrivée à la frontière.";

	static final String SECOND = "Le programme accompagne les rapatriés et les déplacés dès leur retour dans leur colline.";

	static final RequestPostProcessor EDITOR = user("redactrice@test").roles("EDITOR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Revisions revisions;

	@Autowired
	RevisionStore store;

	long programme;

	String summary;

	String note;

	@AfterEach
	void putTheSeedBack() {
		if (this.summary != null) {
			this.jdbc.update("update programme set summary = ?, projects_note = ? where id = ?", this.summary, this.note,
					this.programme);
		}
		this.jdbc.update("delete from revision where entity_type in ('programme', 'mission', 'test')");
		this.jdbc.update("delete from audit_entry where actor = 'redactrice@test'");
	}

	@Test
	void twoEditsAreComparedAndTheFirstIsRestoredOnThePublicPage() throws Exception {
		this.programme = this.jdbc.queryForObject("select id from programme where slug = 'rapatriement'", Long.class);
		this.summary = this.jdbc.queryForObject("select summary from programme where id = ?", String.class, this.programme);
		this.note = this.jdbc.queryForObject("select projects_note from programme where id = ?", String.class,
				this.programme);
		// other tests may have edited it before: start from a record without history
		this.jdbc.update("delete from revision where entity_type = 'programme' and entity_id = ?", this.programme);
		this.jdbc.update("delete from audit_entry where actor = 'redactrice@test'");
		String edit = "/admin/programmes/" + this.programme;
		String history = "/admin/revisions/programme/" + this.programme;

		assertThat(this.mvc.get().uri(edit).with(EDITOR)).hasStatusOk().bodyText().contains("Historique (aucune version)");
		save(edit, FIRST, "Note A");
		save(edit, SECOND, "Note B");

		// the state before the first edit, then one revision per save
		assertThat(this.store.list("programme", this.programme)).extracting(Revision::number, Revision::initial)
			.containsExactly(tuple(3, false), tuple(2, false),
					tuple(1, true));
		assertThat(this.mvc.get().uri(edit).with(EDITOR)).hasStatusOk().bodyText().contains("Historique (3 versions)",
				history);

		// by default the last change: field by field with French labels, words within the summary
		assertThat(this.mvc.get().uri(history).with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Différences entre la version 2 et la version 3", "résumé", "note sur les projets",
					"<del> burundais</del><ins> et les déplacés</ins> dès leur<del> arrivée à la frontière.</del>",
					"<ins> retour dans leur colline.</ins>", "redactrice@test",
					"état avant la première modification suivie")
			.doesNotContain("adresse de la page");
		// related records read by their names, not their numbers
		List<String> zones = this.jdbc.queryForList("select z.name from zone z join programme_zone pz on pz.zone_id = z.id "
				+ "where pz.programme_id = ?", String.class, this.programme);
		assertThat(zones).isNotEmpty();
		assertThat(this.revisions.revision("programme", this.programme, 1).state()).contains(zones);
		assertThat(this.mvc.get().uri(history + "?de=1&a=3").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Différences entre la version 1 et la version 3", "<ins>");

		// restore the first edit: confirmation, then the POST with the record's current version
		String confirm = history + "/2/restaurer";
		String page = this.mvc.get().uri(confirm).with(EDITOR).exchange().getResponse().getContentAsString();
		assertThat(page).contains("Restaurer la version 2", "Ce qui changera");
		MultiValueMap<String, String> form = AdminForm.fields(page, "form[method=post][action$=restaurer]");
		assertThat(this.mvc.post().uri(confirm).with(EDITOR).with(csrf()).params(form)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(history);

		assertThat(this.mvc.get().uri("/programmes/rapatriement")).hasStatusOk().bodyText().contains(FIRST)
			.doesNotContain(SECOND);
		Revision restored = this.store.latest("programme", this.programme).orElseThrow();
		assertThat(restored.number()).isEqualTo(4);
		assertThat(restored.restoredFrom()).isEqualTo(2);
		assertThat(restored.actor()).isEqualTo("redactrice@test");
		assertThat(this.jdbc.queryForList("select action from audit_entry where entity_type = 'programme' "
				+ "and entity_id = ? and actor = 'redactrice@test' order by id", String.class, String.valueOf(this.programme)))
			.containsExactly("UPDATE", "UPDATE", "UPDATE", "RESTORE");
		assertThat(this.mvc.get().uri(history).with(EDITOR)).hasStatusOk().bodyText().contains("restauration de la version 2");

		// the same confirmation again is stale now: refused in French, nothing written
		assertThat(this.mvc.post().uri(confirm).with(EDITOR).with(csrf()).params(form)).hasStatusOk()
			.bodyText()
			.contains("Quelqu’un d’autre a modifié cette fiche", "role=\"alert\"");
		assertThat(this.store.count("programme", this.programme)).isEqualTo(4);
	}

	@Test
	void badKindsRecordsAndNumbersAreFrenchNotFoundPages() {
		long id = this.jdbc.queryForObject("select id from mission order by position limit 1", Long.class);
		String history = "/admin/revisions/mission/" + id;
		for (String uri : List.of(history + "?de=abc&a=1", history + "?de=99&a=1", history + "?de=-1",
				history + "?a=1e3", history + "/99/restaurer", history + "/x/restaurer", history + "/-1/restaurer",
				"/admin/revisions/inconnu/1", "/admin/revisions/mission/999999999",
				"/admin/revisions/settings/999999")) {
			// the French 404 page itself is rendered by the server's error dispatch: see TwoInstancesIT
			assertThat(this.mvc.get().uri(uri).with(EDITOR)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.post().uri(history + "/99/restaurer").with(EDITOR).with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anOrderedListRecordKeepsRevisionsAndASaveWithoutChangeKeepsNone() throws Exception {
		long id = this.jdbc.queryForObject("select id from mission order by position limit 1", Long.class);
		String text = this.jdbc.queryForObject("select text from mission where id = ?", String.class, id);
		try {
			String edit = "/admin/missions/" + id;
			saveText(edit, text + " Et davantage.");
			saveText(edit, text + " Et davantage.");
			assertThat(this.store.count("mission", id)).isEqualTo(2);
			assertThat(this.mvc.get().uri("/admin/revisions/mission/" + id).with(EDITOR)).hasStatusOk()
				.bodyText()
				.contains("Mission", "texte", "<ins> Et davantage.</ins>");
			assertThat(this.mvc.get().uri("/admin/revisions/settings/1").with(EDITOR)).hasStatusOk()
				.bodyText()
				.contains("Paramètres du site");
		}
		finally {
			this.jdbc.update("update mission set text = ? where id = ?", text, id);
		}
	}

	@Test
	void retentionKeepsTheLatestRevisionsOfEachRecord() throws Exception {
		for (int i = 1; i <= 5; i++) {
			this.store.insert("test", 1, java.time.Instant.now(), "test", null, false, "{\"n\":" + i + "}");
			this.store.insert("test", 2, java.time.Instant.now(), "test", null, false, "{\"n\":" + i + "}");
		}
		assertThat(this.store.prune("test", 1, 2)).isEqualTo(3);
		assertThat(this.store.list("test", 1)).extracting(Revision::number).containsExactly(5, 4);
		assertThat(this.store.list("test", 2)).hasSize(5);
		assertThat(this.store.pruneAll(1)).isEqualTo(5);
		assertThat(this.store.list("test", 1)).extracting(Revision::number).containsExactly(5);
		assertThat(this.store.list("test", 2)).extracting(Revision::number).containsExactly(5);

		// the setting is applied whenever a revision is written
		Revisions target = AopTestUtils.getTargetObject(this.revisions);
		long id = this.jdbc.queryForObject("select id from mission order by position limit 1", Long.class);
		String text = this.jdbc.queryForObject("select text from mission where id = ?", String.class, id);
		ReflectionTestUtils.setField(target, "keep", 2);
		try {
			for (int i = 1; i <= 4; i++) {
				saveText("/admin/missions/" + id, text + " Version " + i + ".");
			}
			assertThat(this.store.list("mission", id)).extracting(Revision::number).containsExactly(5, 4);
		}
		finally {
			ReflectionTestUtils.setField(target, "keep", 0);
			this.jdbc.update("update mission set text = ? where id = ?", text, id);
		}
	}

	private void save(String edit, String summary, String note) throws Exception {
		String page = this.mvc.get().uri(edit).with(EDITOR).exchange().getResponse().getContentAsString();
		MultiValueMap<String, String> form = AdminForm.fields(page, "form[method=post][novalidate]");
		form.set("summary", summary);
		form.set("projectsNote", note);
		assertThat(this.mvc.post().uri(edit).with(EDITOR).with(csrf()).params(form)).hasStatus(HttpStatus.FOUND);
	}

	private void saveText(String edit, String text) throws Exception {
		String page = this.mvc.get().uri(edit).with(EDITOR).exchange().getResponse().getContentAsString();
		MultiValueMap<String, String> form = AdminForm.fields(page, "form[method=post][novalidate]");
		form.set("text", text);
		assertThat(this.mvc.post().uri(edit).with(EDITOR).with(csrf()).params(form)).hasStatus(HttpStatus.FOUND);
	}

}
