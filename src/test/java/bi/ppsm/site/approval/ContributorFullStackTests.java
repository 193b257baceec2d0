package bi.ppsm.site.approval;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Member contributors on the whole application and the real PostgreSQL: a contributor reaches
 * only their organisation and its service points, never publishes, and their proposals change
 * nothing public until an administrator or editor approves them; a refusal leaves the live
 * record as it was. Every record made here is deleted afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContributorFullStackTests {

	private static final String PREFIX = "Essai contributeur ";

	private static final String LOGIN = "contributrice@essai-contrib.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	long ours;

	long theirs;

	/** A published point of our organisation, one of the other, and a draft of ours. */
	long ourPoint;

	long theirPoint;

	long ourDraft;

	@BeforeEach
	void organisationsAccountAndPoints() {
		this.ours = this.jdbc.queryForObject("""
				insert into organisation (slug, name, description, member, member_since) values
				('essai-contrib-a', ?, 'Description publiée', true, 2019) returning id""", Long.class,
				PREFIX + "Association A");
		this.theirs = this.jdbc.queryForObject("""
				insert into organisation (slug, name, member) values ('essai-contrib-b', ?, true) returning id""",
				Long.class, PREFIX + "Association B");
		this.jdbc.update("""
				insert into staff_account (email, display_name, role, password_hash, organisation_id)
				values (?, 'Contributrice', 'MEMBER_CONTRIBUTOR', '{noop}x', ?)""", LOGIN, this.ours);
		this.ourPoint = point(this.ours, "Centre A", true);
		this.theirPoint = point(this.theirs, "Centre B", true);
		this.ourDraft = point(this.ours, "Brouillon A", false);
	}

	@AfterEach
	void deleteEverything() {
		this.jdbc.update("delete from pending_change where organisation_id in (?, ?)", this.ours, this.theirs);
		this.jdbc.update("delete from service_point where organisation_id in (?, ?)", this.ours, this.theirs);
		this.jdbc.update("delete from staff_account where email = ?", LOGIN);
		this.jdbc.update("delete from organisation where id in (?, ?)", this.ours, this.theirs);
		this.jdbc.update("delete from audit_entry where entity_label like ?", PREFIX + "%");
	}

	@Test
	void aContributorReachesOnlyTheirOwnOrganisationAndItsPoints() {
		String home = body(this.mvc.get().uri("/admin/ma-structure").with(contributor()));
		assertThat(home).contains(PREFIX + "Association A", PREFIX + "Centre A", PREFIX + "Brouillon A")
			.doesNotContain(PREFIX + "Centre B", PREFIX + "Association B");
		assertThat(this.mvc.get().uri("/admin/ma-structure/points-de-service/" + this.ourPoint).with(contributor()))
			.hasStatusOk();
		// another organisation's point: as if it did not exist, and nothing is proposed
		assertThat(this.mvc.get().uri("/admin/ma-structure/points-de-service/" + this.theirPoint).with(contributor()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/admin/ma-structure/points-de-service/" + this.theirPoint).with(contributor())
			.with(csrf()).params(pointForm(this.theirs, "Centre B repris", 0))).hasStatus(HttpStatus.NOT_FOUND);
		// a forged organisation in a new point: refused in French, nothing stored
		assertThat(this.mvc.post().uri("/admin/ma-structure/points-de-service/nouveau").with(contributor()).with(csrf())
			.params(pointForm(this.theirs, "Centre pirate", 0))).hasStatusOk()
			.bodyText()
			.contains("Vous ne pouvez proposer que des points de service de votre organisation");
		assertThat(pending()).isZero();
		// the rest of the back office is closed to them, and not in their menu
		for (String path : List.of("/admin/points-de-service", "/admin/points-de-service/" + this.ourPoint,
				"/admin/organisations/" + this.ours, "/admin/approbations", "/admin/programmes", "/admin/comptes")) {
			assertThat(this.mvc.get().uri(path).with(contributor())).as(path).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.post().uri("/admin/points-de-service/" + this.ourPoint).with(contributor()).with(csrf())
			.params(pointForm(this.ours, "Centre A direct", 0))).hasStatus(HttpStatus.FORBIDDEN);
		String dashboard = body(this.mvc.get().uri("/admin").with(contributor()));
		assertThat(dashboard).contains("href=\"/admin/ma-structure\"")
			.doesNotContain("href=\"/admin/programmes\"", "href=\"/admin/points-de-service\"", "href=\"/admin/approbations\"");
		// a contributor's pages are theirs alone: staff edit the records directly
		assertThat(this.mvc.get().uri("/admin/ma-structure").with(user("redactrice@test").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aContributorCannotPublishAndTheirChangeWaitsForApproval() {
		// a forged "published" on a draft: the proposal keeps it a draft, the live record is untouched
		LinkedMultiValueMap<String, String> form = pointForm(this.ours, "Brouillon A renommé", 0);
		form.put("published", List.of("true"));
		assertThat(this.mvc.post().uri("/admin/ma-structure/points-de-service/" + this.ourDraft).with(contributor())
			.with(csrf()).params(form)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/ma-structure");
		assertThat(name(this.ourDraft)).isEqualTo(PREFIX + "Brouillon A");
		assertThat(this.jdbc.queryForObject("select proposed from pending_change where entity_id = ?", String.class,
				this.ourDraft)).contains("\"published\":false").doesNotContain("\"published\":true");
		assertThat(body(this.mvc.get().uri("/admin/ma-structure").with(contributor()))).contains("En attente d’approbation");

		long change = pendingId(this.ourDraft);
		approve(change);
		assertThat(name(this.ourDraft)).isEqualTo(PREFIX + "Brouillon A renommé");
		assertThat(this.jdbc.queryForObject("select published from service_point where id = ?", Boolean.class,
				this.ourDraft)).isFalse();
		assertThat(this.mvc.get().uri("/trouver-de-l-aide/" + this.ourDraft + "?essai=1")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anApprovalMakesTheChangesPublicThroughTheNormalSave() {
		// the sheet
		assertThat(this.mvc.post().uri("/admin/ma-structure/fiche").with(contributor()).with(csrf())
			.param("name", PREFIX + "Association A").param("description", "Nouvelle description proposée")
			.param("contactPhone", "+257 22 11 22 33").param("version", "0")).hasStatus(HttpStatus.FOUND);
		// a change of a published point and a new point
		assertThat(this.mvc.post().uri("/admin/ma-structure/points-de-service/" + this.ourPoint).with(contributor())
			.with(csrf()).params(pointForm(this.ours, "Centre A rénové", 0))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/admin/ma-structure/points-de-service/nouveau").with(contributor()).with(csrf())
			.params(pointForm(this.ours, "Nouveau centre A", 0))).hasStatus(HttpStatus.FOUND);
		assertThat(pending()).isEqualTo(3);

		// nothing public yet
		assertThat(body(this.mvc.get().uri("/membres?essai=1"))).contains("Description publiée")
			.doesNotContain("Nouvelle description proposée");
		assertThat(body(this.mvc.get().uri("/trouver-de-l-aide/" + this.ourPoint + "?essai=1")))
			.contains(PREFIX + "Centre A").doesNotContain("Centre A rénové");
		assertThat(body(this.mvc.get().uri("/trouver-de-l-aide?essai=1"))).doesNotContain("Nouveau centre A");

		// the dashboard counts them; the list and the comparison show them
		assertThat(body(this.mvc.get().uri("/admin").with(user("redactrice@test").roles("EDITOR"))))
			.contains("3 modifications attendent votre approbation", "href=\"/admin/approbations\"");
		assertThat(body(this.mvc.get().uri("/admin/approbations").with(admin())))
			.contains("Fiche de l’organisation « " + PREFIX + "Association A »", "Point de service « " + PREFIX + "Nouveau centre A »",
					LOGIN);
		long sheet = this.jdbc.queryForObject(
				"select id from pending_change where entity_type = 'organisation' and entity_id = ?", Long.class, this.ours);
		String comparison = body(this.mvc.get().uri("/admin/approbations/" + sheet).with(admin()));
		assertThat(comparison).contains("Description publiée", "Nouvelle description proposée", "+257 22 11 22 33",
				"modifié");

		approve(sheet);
		approve(pendingId(this.ourPoint));
		long creation = this.jdbc.queryForObject(
				"select id from pending_change where entity_id is null and organisation_id = ?", Long.class, this.ours);
		approve(creation);
		assertThat(pending()).isZero();

		assertThat(body(this.mvc.get().uri("/membres?essai=2"))).contains("Nouvelle description proposée",
				"+257 22 11 22 33");
		assertThat(body(this.mvc.get().uri("/trouver-de-l-aide/" + this.ourPoint + "?essai=2"))).contains("Centre A rénové");
		long created = this.jdbc.queryForObject("select entity_id from pending_change where id = ?", Long.class, creation);
		assertThat(body(this.mvc.get().uri("/trouver-de-l-aide/" + created + "?essai=2"))).contains("Nouveau centre A");
		assertThat(this.jdbc.queryForObject("select organisation_id from service_point where id = ?", Long.class, created))
			.isEqualTo(this.ours);

		// audited: the proposals, their approval, and the saves themselves by the approver
		assertThat(this.jdbc.queryForList("select action || ' ' || entity_type || ' ' || actor from audit_entry "
				+ "where entity_label like ? order by id", String.class, PREFIX + "%"))
			.contains("PROPOSE pending-change " + LOGIN, "APPROVE pending-change administratrice@test",
					"UPDATE organisation administratrice@test", "UPDATE service-point administratrice@test",
					"CREATE service-point administratrice@test");
		assertThat(body(this.mvc.get().uri("/admin/ma-structure").with(contributor()))).contains("Approuvée");
	}

	@Test
	void aRefusalNeedsAReasonAndLeavesTheLiveRecordUnchanged() {
		this.mvc.post().uri("/admin/ma-structure/points-de-service/" + this.ourPoint).with(contributor()).with(csrf())
			.params(pointForm(this.ours, "Centre A refusé", 0)).exchange();
		long change = pendingId(this.ourPoint);
		assertThat(this.mvc.post().uri("/admin/approbations/" + change + "/refuser").with(admin()).with(csrf())
			.param("reason", " ").param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Indiquez le motif du refus");
		assertThat(this.mvc.post().uri("/admin/approbations/" + change + "/refuser").with(admin()).with(csrf())
			.param("reason", "Adresse à vérifier").param("version", "0")).hasStatus(HttpStatus.FOUND);
		assertThat(name(this.ourPoint)).isEqualTo(PREFIX + "Centre A");
		assertThat(this.jdbc.queryForObject("select status from pending_change where id = ?", String.class, change))
			.isEqualTo("REFUSED");
		assertThat(body(this.mvc.get().uri("/admin/ma-structure").with(contributor()))).contains("Refusée",
				"Adresse à vérifier");
		// decided: neither approved nor refused again
		assertThat(this.mvc.post().uri("/admin/approbations/" + change + "/approuver").with(admin()).with(csrf())
			.param("version", "1")).hasStatusOk().bodyText().contains("déjà été approuvée ou refusée");
		assertThat(name(this.ourPoint)).isEqualTo(PREFIX + "Centre A");
	}

	@Test
	void aProposalOvertakenByAStaffSaveIsNotApplied() {
		this.mvc.post().uri("/admin/ma-structure/points-de-service/" + this.ourPoint).with(contributor()).with(csrf())
			.params(pointForm(this.ours, "Centre A dépassé", 0)).exchange();
		this.jdbc.update("update service_point set phone = '+257 79 00 00 00', version = version + 1 where id = ?",
				this.ourPoint);
		long change = pendingId(this.ourPoint);
		assertThat(this.mvc.post().uri("/admin/approbations/" + change + "/approuver").with(admin()).with(csrf())
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("La proposition n’a pas été appliquée", "role=\"alert\"");
		assertThat(name(this.ourPoint)).isEqualTo(PREFIX + "Centre A");
		assertThat(pending()).isEqualTo(1);
	}

	private void approve(long change) {
		int version = this.jdbc.queryForObject("select version from pending_change where id = ?", Integer.class, change);
		MvcTestResult result = this.mvc.post().uri("/admin/approbations/" + change + "/approuver").with(admin())
			.with(csrf()).param("version", Integer.toString(version)).exchange();
		assertThat(result).as(body(result)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/approbations");
	}

	private long point(long organisation, String name, boolean published) {
		return this.jdbc.queryForObject("""
				insert into service_point (organisation_id, name, services, languages, province_id, commune_id, address,
				free, published, verified_on) values (?, ?, '{PSYCHOSOCIAL_SUPPORT}', '{KIRUNDI}',
				(select id from zone where slug = 'gitega-2025'), (select id from zone where slug = 'commune-gitega'),
				'Près du marché', true, ?, current_date) returning id""", Long.class, organisation, PREFIX + name,
				published);
	}

	/** A valid form of a point of Gitega, named with the prefix of the test's records. */
	private LinkedMultiValueMap<String, String> pointForm(long organisation, String name, int version) {
		long province = this.jdbc.queryForObject("select id from zone where slug = 'gitega-2025'", Long.class);
		return new LinkedMultiValueMap<>(Map.of("organisation", List.of(Long.toString(organisation)), "name",
				List.of(PREFIX + name), "services", List.of("PSYCHOSOCIAL_SUPPORT"), "province", List.of(Long.toString(province)),
				"address", List.of("Près du marché"), "languages", List.of("KIRUNDI"), "free", List.of("true"),
				"verifiedOn", List.of(java.time.LocalDate.now().toString()), "version", List.of(Integer.toString(version))));
	}

	private long pending() {
		return this.jdbc.queryForObject(
				"select count(*) from pending_change where organisation_id in (?, ?) and status = 'PENDING'", Long.class,
				this.ours, this.theirs);
	}

	private long pendingId(long point) {
		return this.jdbc.queryForObject(
				"select id from pending_change where entity_type = 'service-point' and entity_id = ?", Long.class, point);
	}

	private String name(long point) {
		return this.jdbc.queryForObject("select name from service_point where id = ?", String.class, point);
	}

	private static RequestPostProcessor contributor() {
		return user(LOGIN).roles("MEMBER_CONTRIBUTOR");
	}

	private static RequestPostProcessor admin() {
		return user("administratrice@test").roles("ADMINISTRATOR");
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request) {
		return body(request.exchange());
	}

}
