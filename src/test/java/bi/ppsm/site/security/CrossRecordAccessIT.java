package bi.ppsm.site.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.jsoup.parser.Parser;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * No record is reached through another kind's URL: the id of a mission given to the
 * perspectives, an objective of one programme under another, a phase of one project under
 * another, a note of one message under another. Such a URL is a 404 (or shows the record of
 * its own kind that has that id), and a POST to it writes nothing.
 */
class CrossRecordAccessIT extends MockMvcSuite {

	/** Admin segment → table and the column that shows on the record's page. */
	static final Map<String, String[]> KINDS = Map.ofEntries(Map.entry("programmes", new String[] { "programme", "name" }),
			Map.entry("projets", new String[] { "project", "name" }),
			Map.entry("resultats", new String[] { "key_result", "statement" }),
			Map.entry("organisations", new String[] { "organisation", "name" }),
			Map.entry("zones", new String[] { "zone", "name" }),
			Map.entry("groupes-cibles", new String[] { "target_group", "name" }),
			Map.entry("services", new String[] { "service", "title" }),
			Map.entry("missions", new String[] { "mission", "text" }),
			Map.entry("perspectives", new String[] { "perspective", "text" }),
			Map.entry("chiffres", new String[] { "headline_figure", "label" }),
			Map.entry("comptes", new String[] { "staff_account", "email" }),
			Map.entry("messages", new String[] { "contact_message", "body" }));

	MvcTestResult get(String url, StaffRole role) {
		return this.submissions.rolledBack(() -> this.mvc.get().uri(url).with(Submissions.as(this.fixtures, role)).exchange());
	}

	MvcTestResult post(String url, StaffRole role, String... params) {
		var request = this.mvc.post().uri(url).with(csrf()).with(Submissions.as(this.fixtures, role));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	static String body(MvcTestResult result) {
		return Submissions.body(result);
	}

	@Test
	void theIdOfOneKindNeverReachesAnotherKindsRecord() {
		// the largest id of each kind, given to every other kind's URLs
		TreeSet<Long> ids = new TreeSet<>();
		KINDS.values().forEach(k -> ids.add(this.jdbc.queryForObject("select max(id) from " + k[0], Long.class)));
		var before = DatabaseFingerprint.of(this.jdbc);
		List<String> failures = new ArrayList<>();
		int shown = 0;
		int missing = 0;
		for (var kind : KINDS.entrySet()) {
			String base = "/admin/" + kind.getKey() + "/";
			String table = kind.getValue()[0];
			for (long id : ids) {
				List<String> labels = this.jdbc.queryForList(
						"select " + kind.getValue()[1] + " from " + table + " where id = ?", String.class, id);
				MvcTestResult page = get(base + id, StaffRole.ADMINISTRATOR);
				if (labels.isEmpty()) {
					missing++;
					expect404(failures, "GET " + base + id, page);
					if (!kind.getKey().equals("messages")) {
						expect404(failures, "POST " + base + id, post(base + id, StaffRole.ADMINISTRATOR, "version", "0"));
					}
					expect404(failures, "POST " + base + id + "/supprimer",
							post(base + id + "/supprimer", StaffRole.ADMINISTRATOR));
				}
				else {
					shown++;
					String own = labels.get(0).substring(0, Math.min(30, labels.get(0).length()));
					if (page.getResponse().getStatus() != 200
							|| !Parser.unescapeEntities(body(page), true).contains(own)) {
						failures.add("GET " + base + id + " does not show the " + table + " " + id + " itself");
					}
				}
			}
		}
		assertThat(failures).as("ids given to the URLs of other kinds").isEmpty();
		assertThat(shown).as("ids that exist in another kind").isPositive();
		assertThat(missing).as("ids that exist in one kind only").isGreaterThan(20);
		assertThat(DatabaseFingerprint.of(this.jdbc)).as("database after POSTs to other kinds' URLs").isEqualTo(before);
	}

	@Test
	void anObjectiveIsReachedOnlyUnderItsOwnProgramme() {
		var before = DatabaseFingerprint.of(this.jdbc);
		String other = "/admin/programmes/" + this.fixtures.programme + "/objectifs/" + this.fixtures.otherObjective;
		List<String> failures = new ArrayList<>();
		expect404(failures, "GET " + other, get(other, StaffRole.EDITOR));
		expect404(failures, "GET " + other + "/supprimer", get(other + "/supprimer", StaffRole.EDITOR));
		expect404(failures, "POST " + other, post(other, StaffRole.EDITOR, "text", "Détourné"));
		for (String action : List.of("/monter", "/descendre", "/supprimer")) {
			expect404(failures, "POST " + other + action, post(other + action, StaffRole.EDITOR));
		}
		String create = "/admin/programmes/" + this.fixtures.programme + "/objectifs";
		expect404(failures, "POST " + create + " under another programme's objective", post(create, StaffRole.EDITOR,
				"text", "Sous un objectif d'un autre programme", "parent", Long.toString(this.fixtures.otherObjective)));
		assertThat(failures).isEmpty();
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aPhaseIsReachedOnlyUnderItsOwnProject() {
		var before = DatabaseFingerprint.of(this.jdbc);
		String other = "/admin/projets/" + this.fixtures.project + "/phases/" + this.fixtures.otherPhase;
		List<String> failures = new ArrayList<>();
		expect404(failures, "GET " + other, get(other, StaffRole.EDITOR));
		expect404(failures, "GET " + other + "/supprimer", get(other + "/supprimer", StaffRole.EDITOR));
		expect404(failures, "POST " + other,
				post(other, StaffRole.EDITOR, "name", "Détournée", "status", "ONGOING"));
		for (String action : List.of("/monter", "/descendre", "/supprimer")) {
			expect404(failures, "POST " + other + action, post(other + action, StaffRole.EDITOR));
		}
		assertThat(failures).isEmpty();
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aKeyResultCannotBeTiedToAProjectOfAnotherProgramme() {
		Map<String, Object> result = this.jdbc.queryForMap("select id, programme_id, version from key_result order by id limit 1");
		Long foreign = this.jdbc.queryForObject("""
				select min(p.id) from project p where p.programme_id <> ? and not exists
				(select 1 from project_programme pp where pp.project_id = p.id and pp.programme_id = ?)""", Long.class,
				result.get("programme_id"), result.get("programme_id"));
		var before = DatabaseFingerprint.of(this.jdbc);
		MvcTestResult answer = post("/admin/resultats/" + result.get("id"), StaffRole.EDITOR, "programme",
				result.get("programme_id").toString(), "project", foreign.toString(), "statement", "Résultat détourné",
				"version", result.get("version").toString());
		assertThat(answer).hasStatusOk().bodyText().contains("Choisissez un projet de ce programme.");
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aMessageShowsOnlyItsOwnNotesAndANoteGoesToItsOwnMessage() {
		MvcTestResult page = get("/admin/messages/" + this.fixtures.message, StaffRole.INBOX_HANDLER);
		assertThat(page).hasStatusOk();
		assertThat(body(page)).doesNotContain(this.fixtures.noteOfOtherMessage(),
				this.fixtures.bodyOf(this.fixtures.otherMessage));
		Long noteMessage = this.submissions.rolledBack(() -> {
			post("/admin/messages/" + this.fixtures.message + "/notes", StaffRole.INBOX_HANDLER, "note",
					"Note pour le message A", "message", Long.toString(this.fixtures.otherMessage), "messageId",
					Long.toString(this.fixtures.otherMessage));
			return this.jdbc.queryForObject("select message_id from message_note where body = 'Note pour le message A'",
					Long.class);
		});
		assertThat(noteMessage).isEqualTo(this.fixtures.message);
	}

	@Test
	void aMessageIsAssignedOnlyToStaffWhoMayReadTheInbox() {
		var before = DatabaseFingerprint.of(this.jdbc);
		for (StaffRole role : StaffRole.values()) {
			Long assigned = this.submissions.rolledBack(() -> {
				post("/admin/messages/" + this.fixtures.message + "/attribuer", StaffRole.INBOX_HANDLER, "staff",
						Long.toString(this.fixtures.account(role)));
				this.entityManager.flush();
				return this.jdbc.queryForObject("select assigned_to from contact_message where id = ?", Long.class,
						this.fixtures.message);
			});
			if (role == StaffRole.EDITOR || role == StaffRole.MEMBER_CONTRIBUTOR) {
				assertThat(assigned).as("message assigned to the %s, who cannot open the inbox", role).isNull();
			}
			else {
				assertThat(assigned).as("message assigned to the %s", role).isEqualTo(this.fixtures.account(role));
			}
		}
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	private static void expect404(List<String> failures, String what, MvcTestResult result) {
		if (result.getResponse().getStatus() != 404) {
			failures.add(what + ": expected 404, got " + result.getResponse().getStatus());
		}
	}

}
