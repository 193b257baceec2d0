package bi.ppsm.site.draft;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP and PostgreSQL: a save refused because the session ended or the security token
 * went stale keeps what was typed, and the form comes back with it after signing in, without
 * saving; kept submissions are found only with their own fresh token; autosaved drafts are
 * refused to visitors and to requests without a token, and dropped once the form is saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KeptInputFullStackTests {

	static final String PASSWORD = "une phrase de passe solide";

	static final String FORM = "form[novalidate]";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	StaffAccount editor;

	String address;

	long programme;

	String page;

	String summaryBefore;

	@BeforeEach
	void editor() {
		String suffix = Long.toString(System.nanoTime());
		this.editor = this.accounts.save(new StaffAccount("garde" + suffix + "@test.bi", "Rédactrice",
				StaffRole.EDITOR, this.encoder.encode(PASSWORD)));
		this.address = "10.13." + (suffix.hashCode() & 0xff) + ".7";
		this.programme = this.jdbc.queryForObject("select id from programme order by position limit 1", Long.class);
		this.page = "/admin/programmes/" + this.programme;
		this.summaryBefore = summary();
	}

	@AfterEach
	void cleanUp() {
		this.throttle.reset(this.editor.getEmail(), this.address);
		this.jdbc.update("delete from form_draft where login = ?", this.editor.getEmail());
		this.jdbc.update("delete from spring_session where principal_name = ?", this.editor.getEmail());
		this.accounts.deleteById(this.editor.getId());
	}

	@Test
	void aSaveAfterTheSessionEndedIsKeptAndComesBackAfterSigningIn() {
		HttpVisitor staff = signedIn();
		List<String[]> fields = fields(staff.get(this.page).body());
		String typed = "Texte écrit pendant que la session prenait fin " + System.nanoTime();
		set(fields, "summary", typed);
		endSession();

		HttpResponse<String> save = staff.post(this.page, body(fields), "Origin", origin());
		assertThat(save.statusCode()).isEqualTo(302);
		assertThat(save.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?sessionFinie"));
		assertThat(staff.cookies()).containsKey(PendingSubmissions.COOKIE);
		assertThat(this.jdbc.queryForObject("select fields from pending_submission where form_path = ?", String.class,
				this.page))
			.doesNotContain("_csrf");
		assertThat(staff.get("/login?sessionFinie").body()).contains("ce que vous aviez écrit est gardé");

		HttpResponse<String> signIn = staff.signIn(this.editor.getEmail(), PASSWORD);
		String back = signIn.headers().firstValue("Location").orElseThrow();
		assertThat(back).contains(this.page);
		HttpResponse<String> form = staff.get(back.substring(back.indexOf("/admin")));
		assertThat(form.statusCode()).isEqualTo(200);
		Document document = Jsoup.parse(form.body());
		assertThat(document.selectFirst("textarea[name=summary]").text()).isEqualTo(typed);
		assertThat(document.select(".form-errors").text()).contains("Rien n’a encore été enregistré");
		assertThat(summary()).as("nothing saved without a new click").isEqualTo(this.summaryBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from pending_submission where form_path = ?", Integer.class,
				this.page))
			.as("the kept submission is deleted once used").isZero();

		try {
			HttpResponse<String> again = staff.post(this.page, body(fields(form.body())), "Origin", origin());
			assertThat(again.statusCode()).isEqualTo(302);
			assertThat(summary()).isEqualTo(typed);
		}
		finally {
			this.jdbc.update("update programme set summary = ?, version = version + 1 where id = ?", this.summaryBefore,
					this.programme);
		}
	}

	@Test
	void aStaleTokenWhileSignedInBringsTheFormBackWithTheText() {
		HttpVisitor staff = signedIn();
		List<String[]> fields = fields(staff.get(this.page).body());
		set(fields, "summary", "Texte au jeton périmé");
		set(fields, "_csrf", "jeton-perime");
		HttpResponse<String> save = staff.post(this.page, body(fields), "Origin", origin());
		assertThat(save.statusCode()).isEqualTo(302);
		assertThat(save.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(this.page));
		Document document = Jsoup.parse(staff.get(this.page).body());
		assertThat(document.selectFirst("textarea[name=summary]").text()).isEqualTo("Texte au jeton périmé");
		assertThat(document.select(".form-errors").text()).contains("vérifiez-le, puis enregistrez à nouveau");
		assertThat(summary()).isEqualTo(this.summaryBefore);
	}

	@Test
	void withoutProofThatTheSaveCameFromThisSiteNothingIsKept() {
		HttpVisitor staff = signedIn();
		List<String[]> fields = fields(staff.get(this.page).body());
		set(fields, "_csrf", "jeton-contrefait");
		int before = this.jdbc.queryForObject("select count(*) from pending_submission", Integer.class);
		assertThat(staff.post(this.page, body(fields)).statusCode()).isEqualTo(403);
		assertThat(staff.post(this.page, body(fields), "Origin", "https://ailleurs.example").statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from pending_submission", Integer.class)).isEqualTo(before);
	}

	@Test
	void anExpiredOrForeignKeptSubmissionIsIgnored() {
		HttpVisitor staff = signedIn();
		insertPending("jeton-expire", null, Instant.now().minusSeconds(3700), "summary=Texte+expire");
		insertPending("jeton-d-un-autre", "autre@test.bi", Instant.now(), "summary=Texte+d+un+autre");
		for (String token : new String[] { "jeton-expire", "jeton-d-un-autre", "jeton-inconnu" }) {
			staff.cookies().put(PendingSubmissions.COOKIE, token);
			String body = staff.get(this.page).body();
			assertThat(body).doesNotContain("Texte expire", "Texte d un autre", "Rien n’a encore été enregistré");
		}
		this.jdbc.update("delete from pending_submission where token_hash in (?, ?)",
				PendingSubmissions.hash("jeton-expire"), PendingSubmissions.hash("jeton-d-un-autre"));
	}

	@Test
	void aKeptSubmissionNeverRunsAnAction() {
		HttpVisitor staff = signedIn();
		String path = this.page + "/supprimer";
		insertPending("jeton-action", this.editor.getEmail(), Instant.now(), "confirmer=oui");
		staff.cookies().put(PendingSubmissions.COOKIE, "jeton-action");
		HttpResponse<String> replay = staff.get(path);
		assertThat(this.jdbc.queryForObject("select count(*) from programme where id = ?", Integer.class, this.programme))
			.isEqualTo(1);
		assertThat(replay.statusCode()).isEqualTo(302);
		assertThat(replay.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		this.jdbc.update("delete from pending_submission where token_hash = ?", PendingSubmissions.hash("jeton-action"));
	}

	@Test
	void passwordsAndTokensAreNeverKept() {
		assertThat(KeptFields.encode(java.util.Map.of("password", new String[] { "secret" }, "_csrf",
				new String[] { "t" }, "newPassword", new String[] { "s" })))
			.isEmpty();
		assertThat(KeptFields.keepable("/admin/mot-de-passe")).isFalse();
		assertThat(KeptFields.keepable("/admin/comptes/3")).isFalse();
		assertThat(KeptFields.keepable("/admin/compte/second-facteur")).isFalse();
		assertThat(KeptFields.keepable("/admin/second-facteur")).isFalse();
		assertThat(KeptFields.draftable("/admin/messages/3/repondre")).isFalse();
		assertThat(KeptFields.keepable("/admin/messages/3/repondre")).isTrue();
	}

	@Test
	void draftsAreRefusedToVisitorsAndWithoutToken() {
		HttpVisitor visitor = new HttpVisitor(this.port).from(this.address);
		String token = visitor.csrfToken("/login");
		String draft = "chemin=" + HttpVisitor.encode(this.page) + "&champs=summary%3Dx&_csrf=" + HttpVisitor.encode(token);
		assertThat(visitor.post("/admin/brouillons", draft, "Origin", origin()).statusCode()).isEqualTo(401);
		assertThat(visitor.get("/admin/brouillons").statusCode()).isEqualTo(401);

		HttpVisitor staff = signedIn();
		assertThat(staff.post("/admin/brouillons", "chemin=" + HttpVisitor.encode(this.page) + "&champs=summary%3Dx",
				"Origin", origin())
			.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from form_draft where login = ?", Integer.class,
				this.editor.getEmail()))
			.isZero();
	}

	@Test
	void aDraftIsKeptOfferedAndDroppedOnceTheFormIsSaved() {
		HttpVisitor staff = signedIn();
		String html = staff.get(this.page).body();
		String token = Jsoup.parse(html).selectFirst(FORM + " input[name=_csrf]").attr("value");
		String champs = "summary=" + HttpVisitor.encode("Brouillon autosauvé") + "&password=secret";
		assertThat(staff.post("/admin/brouillons", "chemin=" + HttpVisitor.encode(this.page) + "&champs="
				+ HttpVisitor.encode(champs) + "&_csrf=" + HttpVisitor.encode(token)).statusCode()).isEqualTo(204);
		String offered = staff.get("/admin/brouillons?chemin=" + HttpVisitor.encode(this.page)).body();
		assertThat(offered).contains("Un brouillon non enregistré du ", "Brouillon+autosauv").doesNotContain("secret");
		assertThat(staff.get("/admin/brouillons?chemin=%2Fadmin%2Fzones%2F1").body()).isEqualTo("{}");

		try {
			assertThat(staff.post(this.page, body(fields(html))).statusCode()).isEqualTo(302);
			assertThat(staff.get("/admin/brouillons?chemin=" + HttpVisitor.encode(this.page)).body()).isEqualTo("{}");
		}
		finally {
			this.jdbc.update("update programme set summary = ? where id = ?", this.summaryBefore, this.programme);
		}
	}

	private HttpVisitor signedIn() {
		this.throttle.reset(this.editor.getEmail(), this.address);
		HttpVisitor staff = new HttpVisitor(this.port).from(this.address);
		assertThat(staff.signIn(this.editor.getEmail(), PASSWORD).statusCode()).isEqualTo(302);
		assertThat(staff.get("/admin").statusCode()).isEqualTo(200);
		return staff;
	}

	private void endSession() {
		assertThat(this.jdbc.update("delete from spring_session where principal_name = ?", this.editor.getEmail()))
			.isPositive();
	}

	private String origin() {
		return "http://localhost:" + this.port;
	}

	private String summary() {
		return this.jdbc.queryForObject("select summary from programme where id = ?", String.class, this.programme);
	}

	private void insertPending(String token, String login, Instant at, String fields) {
		this.jdbc.update("insert into pending_submission (token_hash, login, form_path, fields, created_at) values (?, ?, ?, ?, ?)",
				PendingSubmissions.hash(token), login, this.page + (token.equals("jeton-action") ? "/supprimer" : ""),
				fields, Timestamp.from(at));
	}

	/** The fields of the edit form as a browser sends them: ticked boxes only. */
	static List<String[]> fields(String html) {
		List<String[]> fields = new ArrayList<>();
		for (Element element : Jsoup.parse(html).select(FORM + " input[name], " + FORM + " textarea[name], " + FORM
				+ " select[name]")) {
			String type = element.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !element.hasAttr("checked")) {
				continue;
			}
			String value = switch (element.tagName()) {
				case "textarea" -> element.wholeText();
				case "select" -> {
					Element selected = element.selectFirst("option[selected]");
					yield (selected != null) ? selected.attr("value") : element.select("option").first().attr("value");
				}
				default -> element.attr("value");
			};
			fields.add(new String[] { element.attr("name"), value });
		}
		return fields;
	}

	static void set(List<String[]> fields, String name, String value) {
		fields.removeIf(f -> f[0].equals(name));
		fields.add(new String[] { name, value });
	}

	static String body(List<String[]> fields) {
		return String.join("&", fields.stream().map(f -> HttpVisitor.encode(f[0]) + "=" + HttpVisitor.encode(f[1])).toList());
	}

}
