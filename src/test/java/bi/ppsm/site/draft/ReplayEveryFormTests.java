package bi.ppsm.site.draft;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * One mechanism for every admin form: a kept submission to any of them (create forms, edit
 * forms, forms posted to another address than their page) comes back in that form, with the
 * typed text and the message, and nothing is written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayEveryFormTests {

	static final String PASSWORD = "une phrase de passe solide";

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

	StaffAccount administrator;

	HttpVisitor staff;

	@BeforeAll
	void signIn() {
		this.administrator = this.accounts.save(new StaffAccount("rejeu" + System.nanoTime() + "@test.bi", "Admin",
				StaffRole.ADMINISTRATOR, this.encoder.encode(PASSWORD)));
		this.throttle.reset(this.administrator.getEmail(), "10.13.99.1");
		this.staff = new HttpVisitor(this.port).from("10.13.99.1");
		assertThat(this.staff.signIn(this.administrator.getEmail(), PASSWORD).statusCode()).isEqualTo(302);
	}

	@AfterAll
	void remove() {
		this.jdbc.update("delete from spring_session where principal_name = ?", this.administrator.getEmail());
		this.accounts.deleteById(this.administrator.getId());
	}

	/** {page where the form is}: the form posted from it is replayed. */
	@ParameterizedTest
	@ValueSource(strings = { "/admin/programmes/nouveau", "/admin/programmes/{programme}", "/admin/projets/{project}",
			"/admin/programmes/{programme}/objectifs", "/admin/projets/{project}/phases", "/admin/resultats/nouveau",
			"/admin/organisations/nouveau", "/admin/zones/nouveau", "/admin/services/nouveau", "/admin/missions/nouveau",
			"/admin/chiffres/nouveau", "/admin/groupes-cibles/nouveau", "/admin/perspectives/nouveau",
			"/admin/parametres" })
	void aKeptSubmissionComesBackInItsForm(String pattern) {
		String page = pattern
			.replace("{programme}",
					String.valueOf(this.jdbc.queryForObject("select min(id) from programme", Long.class)))
			.replace("{project}", String.valueOf(this.jdbc.queryForObject("select min(id) from project", Long.class)));
		Document document = Jsoup.parse(this.staff.get(page).body(), "http://localhost/");
		Element form = document.select("main form[method=post]")
			.stream()
			.filter(f -> !f.select("textarea, input[type=text]").isEmpty())
			.reduce((first, second) -> first)
			.orElseThrow(() -> new AssertionError("no form with text on " + page));
		String action = form.attr("action");
		Element text = form.select("textarea, input[type=text]").first();
		String marker = "Texte gardé " + System.nanoTime();
		StringBuilder fields = new StringBuilder();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String type = input.attr("type");
			if (input.attr("name").equals("_csrf") || ((type.equals("checkbox") || type.equals("radio"))
					&& !input.hasAttr("checked"))) {
				continue;
			}
			String value = (input == text) ? marker : input.tagName().equals("textarea") ? input.wholeText()
					: input.tagName().equals("select") ? selected(input) : input.attr("value");
			fields.append(fields.isEmpty() ? "" : "&")
				.append(HttpVisitor.encode(input.attr("name")))
				.append('=')
				.append(HttpVisitor.encode(value));
		}
		String token = "rejeu-" + System.nanoTime();
		this.jdbc.update("insert into pending_submission (token_hash, login, form_path, fields, created_at) values (?, null, ?, ?, ?)",
				PendingSubmissions.hash(token), action, fields.toString(), Timestamp.from(Instant.now()));
		List<Integer> before = counts();
		this.staff.cookies().put(PendingSubmissions.COOKIE, token);

		var replay = this.staff.get(action);

		assertThat(replay.statusCode()).as(action).isEqualTo(200);
		Document shown = Jsoup.parse(replay.body());
		assertThat(shown.select("main form[method=post] textarea, main form[method=post] input[type=text]")
			.stream()
			.map(e -> e.tagName().equals("textarea") ? e.wholeText() : e.attr("value"))).contains(marker);
		assertThat(shown.select(".form-errors").text()).contains("Rien n’a encore été enregistré");
		assertThat(counts()).as("nothing written").isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from pending_submission where token_hash = ?",
				Integer.class, PendingSubmissions.hash(token)))
			.isZero();
	}

	private List<Integer> counts() {
		return List.of("programme", "project", "objective", "project_phase", "key_result", "organisation", "zone",
				"service", "mission", "headline_figure", "target_group", "perspective")
			.stream()
			.map(t -> this.jdbc.queryForObject("select count(*) from " + t, Integer.class))
			.toList();
	}

	private static String selected(Element select) {
		Element option = select.selectFirst("option[selected]");
		return (option != null) ? option.attr("value") : select.select("option").first().attr("value");
	}

}
