package bi.ppsm.site.contact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import bi.ppsm.site.cache.PageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A person's data on request, on the whole application and the real PostgreSQL: messages sent
 * through the form, a staff note and a reply; found by address (any case), exported as UTF-8
 * JSON with all of it, erased at once from every table; the audit log keeps no text; only
 * administrators reach it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataFullStackTests {

	static final RequestPostProcessor ADMIN = user("admin-donnees@ppsm.test").roles("ADMINISTRATOR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TimeTrap timeTrap;

	@Autowired
	JdbcTemplate jdbc;

	/** Kept settings are read again once told, as an admin save tells at once (the notification comes a moment later). */
	@Autowired
	PageCache pageCache;

	@Autowired
	Clock clock;

	String unique;

	String person;

	String other;

	String staff;

	String previousNotificationEmails;

	@BeforeEach
	void twoMessagesANoteAReplyAndKeptInput() {
		this.unique = Long.toString(System.nanoTime());
		this.person = "aline.secrete-" + this.unique + "@exemple.bi";
		this.other = "autre-" + this.unique + "@exemple.bi";
		this.staff = "equipe-" + this.unique + "@ppsm.test";
		this.previousNotificationEmails = this.jdbc.queryForObject("select notification_emails from site_settings",
				String.class);
		this.jdbc.update("update site_settings set notification_emails = ?", this.staff);
		this.pageCache.invalidateAll();
		send(this.person, "Mon fils a disparu depuis hier soir. Marqueur-" + this.unique, "10.45.1.1");
		send(this.person, "Deuxième message, toujours sans nouvelles. Marqueur-" + this.unique, "10.45.1.2");
		send(this.other, "Message d'une autre personne. Témoin-" + this.unique, "10.45.1.3");
		long first = messageIds(this.person).get(0);
		assertThat(this.mvc.post().uri("/admin/messages/" + first + "/notes").with(ADMIN).with(csrf())
			.param("note", "Note interne sur Aline. Marqueur-" + this.unique)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/admin/messages/" + first + "/repondre").with(ADMIN).with(csrf())
			.param("reply", "Bonjour, nous avons reçu votre message. Marqueur-" + this.unique))
			.hasStatus(HttpStatus.FOUND);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("insert into form_draft (login, form_path, fields, saved_at) values (?, ?, ?, ?)",
				"admin-donnees@ppsm.test", "/admin/comptes/nouveau-" + this.unique,
				"email=" + URLEncoder.encode(this.person.toUpperCase(Locale.ROOT), StandardCharsets.UTF_8), now);
		this.jdbc.update("insert into pending_submission (token_hash, login, form_path, fields, created_at) values (?, ?, ?, ?, ?)",
				"hash-" + this.unique, null, "/admin/comptes/nouveau", "note=" + this.person, now);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("update site_settings set notification_emails = ?", this.previousNotificationEmails);
		this.pageCache.invalidateAll();
		this.jdbc.update("delete from outbox_mail where message_id in (select id from contact_message where email in (?, ?))",
				this.person, this.other);
		this.jdbc.update("delete from contact_message where email in (?, ?)", this.person, this.other);
		this.jdbc.update("delete from form_draft where form_path like ?", "%" + this.unique);
		this.jdbc.update("delete from pending_submission where token_hash = ?", "hash-" + this.unique);
	}

	void send(String email, String message, String ip) {
		assertThat(this.mvc.post().uri("/contact").with(csrf()).with(r -> {
			r.setRemoteAddr(ip);
			return r;
		})
			.param("email", email)
			.param("name", "Aline Secrète")
			.param("subject", "SUPPORT")
			.param("message", message)
			.param("token", this.timeTrap.issueAt(this.clock.millis() - 10_000))
			.param("website", "")).hasStatus(HttpStatus.FOUND);
	}

	List<Long> messageIds(String email) {
		return this.jdbc.queryForList("select id from contact_message where email = ? order by id", Long.class, email);
	}

	MvcTestResult post(String path, RequestPostProcessor who, String... params) {
		var request = this.mvc.post().uri(path).with(who).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	Map<String, Object> lastAudit(String action) {
		return this.jdbc.queryForMap(
				"select * from audit_entry where action = ? and entity_type = 'person' order by id desc limit 1", action);
	}

	@Test
	void anAdministratorFindsEveryMessageNoteAndReplyWhateverTheCaseOfTheAddress() {
		assertThat(this.mvc.get().uri("/admin/messages/personne").with(ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Données d’une personne", "name=\"email\"");
		assertThat(post("/admin/messages/personne", ADMIN, "email", " " + this.person.toUpperCase(Locale.ROOT) + " "))
			.hasStatusOk()
			.bodyText()
			.contains("Messages trouvés : 2", "Mon fils a disparu", "Deuxième message", "Note interne sur Aline",
					"Réponse", "Tout effacer", "Télécharger tout (JSON)")
			.doesNotContain("Témoin-" + this.unique);
		assertThat(post("/admin/messages/personne", ADMIN, "email", "")).hasStatusOk()
			.bodyText()
			.contains("role=\"alert\"", "Ce champ est obligatoire");
	}

	@Test
	void theExportHoldsMessagesNotesAndRepliesAsUtf8JsonAndIsAuditedWithoutText() throws Exception {
		MvcTestResult result = post("/admin/messages/personne/export", ADMIN, "email", this.person);
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"donnees-personne.json\"");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		String json = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		JsonNode root = JsonMapper.builder().build().readTree(json);
		assertThat(root.get("email").asString()).isEqualTo(this.person);
		assertThat(root.get("messages")).hasSize(2);
		JsonNode first = root.get("messages").get(0);
		assertThat(first.get("body").asString()).startsWith("Mon fils a disparu");
		assertThat(first.get("name").asString()).isEqualTo("Aline Secrète");
		assertThat(root.get("messages").get(1).get("body").asString()).startsWith("Deuxième message");
		assertThat(first.get("notes").get(0).get("text").asString()).startsWith("Note interne sur Aline");
		assertThat(first.get("emails").findValuesAsString("kind")).contains("ACKNOWLEDGEMENT", "NOTIFICATION", "REPLY");
		assertThat(first.get("emails").findValuesAsString("body"))
			.anyMatch(b -> b.startsWith("Bonjour, nous avons reçu votre message."));
		assertThat(json).doesNotContain("Témoin-");

		Map<String, Object> audit = lastAudit("EXPORT");
		assertThat(audit.get("entity_label")).isEqualTo("a…@exemple.bi");
		assertThat((String) audit.get("changed_fields")).contains("messages=2", "sha256=" + PersonalData.sha256(this.person));
		assertThat(audit.values().toString()).doesNotContain(this.person, "Marqueur", "disparu", "Aline");
	}

	@Test
	void withoutTheConfirmationNothingIsErased() {
		assertThat(post("/admin/messages/personne/effacer", ADMIN, "email", this.person)).hasStatusOk()
			.bodyText()
			.contains("role=\"alert\"", "Cochez la case pour confirmer l’effacement.", "Mon fils a disparu");
		assertThat(post("/admin/messages/personne/effacer", ADMIN, "email", "", "confirm", "true")).hasStatusOk()
			.bodyText()
			.contains("role=\"alert\"", "Ce champ est obligatoire");
		assertThat(post("/admin/messages/personne/export", ADMIN, "email", "")).hasStatusOk()
			.bodyText()
			.contains("role=\"alert\"", "Ce champ est obligatoire");
		assertThat(messageIds(this.person)).hasSize(2);
	}

	@Test
	void theErasureRemovesEverythingAboutTheAddressFromEveryTableAndIsAuditedWithoutText() {
		List<Long> ids = messageIds(this.person);
		assertThat(post("/admin/messages/personne/effacer", ADMIN, "email", this.person.toUpperCase(Locale.ROOT),
				"confirm", "true")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/messages/personne");

		String marker = "%Marqueur-" + this.unique + "%";
		String address = "%" + this.person.toLowerCase(Locale.ROOT) + "%";
		String encoded = "%" + URLEncoder.encode(this.person, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT) + "%";
		assertThat(count("select count(*) from contact_message where lower(email) like ? or body like ?", address, marker))
			.isZero();
		assertThat(count("select count(*) from message_note where body like ?", marker)).isZero();
		assertThat(count("select count(*) from outbox_mail where lower(recipient) like ? or body like ? or message_id in ("
				+ ids.get(0) + ", " + ids.get(1) + ")", address, marker)).isZero();
		assertThat(count("select count(*) from form_draft where lower(fields) like ? or lower(fields) like ?", address,
				encoded)).isZero();
		assertThat(count("select count(*) from pending_submission where lower(fields) like ? or lower(fields) like ?",
				address, encoded)).isZero();
		assertThat(count("select count(*) from audit_entry where lower(coalesce(entity_label, '')) like ? "
				+ "or lower(coalesce(changed_fields, '')) like ? or coalesce(changed_fields, '') like ?", address, address,
				marker)).isZero();
		// the other person's message stays
		assertThat(messageIds(this.other)).hasSize(1);

		Map<String, Object> audit = lastAudit("ERASE");
		assertThat(audit.get("actor")).isEqualTo("admin-donnees@ppsm.test");
		assertThat((String) audit.get("changed_fields")).contains("messages=2", "sha256=" + PersonalData.sha256(this.person));
		assertThat(audit.values().toString()).doesNotContain(this.person, "Marqueur", "disparu", "Aline");

		assertThat(this.mvc.get().uri("/admin/journal").with(ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Messages d’une personne", "a…@exemple.bi");
	}

	@Test
	void inboxHandlersAndEditorsAreRefused() {
		for (String role : List.of("INBOX_HANDLER", "EDITOR")) {
			RequestPostProcessor who = user("refuse@ppsm.test").roles(role);
			assertThat(this.mvc.get().uri("/admin/messages/personne").with(who)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(post("/admin/messages/personne", who, "email", this.person)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(post("/admin/messages/personne/export", who, "email", this.person))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(post("/admin/messages/personne/effacer", who, "email", this.person, "confirm", "true"))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(messageIds(this.person)).hasSize(2);
		// and the inbox handler is not shown the link
		assertThat(this.mvc.get().uri("/admin/messages").with(user("ecoute@ppsm.test").roles("INBOX_HANDLER")))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("/admin/messages/personne");
		assertThat(this.mvc.get().uri("/admin/messages").with(ADMIN)).hasStatusOk()
			.bodyText()
			.contains("/admin/messages/personne");
	}

}
