package bi.ppsm.site.directory;

import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The directory on the whole application and the real PostgreSQL: staff enter service points
 * through the admin forms, visitors find the published ones by place and need (in French and
 * through /en/), drafts stay out of the search, the pages and the open data, and the HSDS export
 * validates against the official HSDS 3.0 schemas. The points made here are deleted afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryFullStackTests {

	private static final String PREFIX = "Essai annuaire ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublishedServicePoints published;

	@Autowired
	bi.ppsm.site.zone.ZoneRepository zones;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void deleteTestPoints() {
		this.jdbc.update("delete from service_point where name like ?", PREFIX + "%");
		this.jdbc.update("delete from ppsm_branch where name like ?", PREFIX + "%");
		this.jdbc.update("delete from audit_entry where entity_label like ?", PREFIX + "%");
	}

	@Test
	void theDirectoryStartsEmptyWithHelpfulMessagesAndNoInventedMember() {
		assertThat(this.jdbc.queryForObject("select count(*) from organisation where member", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from service_point", Long.class)).isZero();
		assertThat(this.mvc.get().uri("/trouver-de-l-aide")).hasStatusOk()
			.bodyText()
			.contains("L’annuaire est en cours de constitution", "116", "href=\"/contact\"");
		assertThat(this.mvc.get().uri("/membres")).hasStatusOk()
			.bodyText()
			.contains("La liste des organisations membres sera publiée ici", "Antennes de la PPSM");
		assertThat(this.mvc.get().uri("/contact")).hasStatusOk().bodyText().contains("href=\"/trouver-de-l-aide\"");
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("Trouver de l’aide");
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk().bodyText().contains("/trouver-de-l-aide</loc>", "/membres</loc>");
	}

	@Test
	void theKirundiDirectoryUsesTheReviewedKirundiWordsAndFrenchElsewhere() {
		String kirundi = body(this.mvc.get().uri("/rn/trouver-de-l-aide?essai=rn"));
		assertThat(kirundi).contains("Aho warondera imfashanyo", "Intara zose", "Amakomine yose", "Rondera",
				"ubuntu gusa")
			// not yet reviewed: the French text stays
			.contains("Soutien psychosocial et accompagnement");
	}

	@Test
	void visitorsFindPublishedPointsByPlaceAndNeedInFrenchAndEnglish() {
		long gitegaPoint = create("Centre de Gitega", "gitega-2025", "commune-gitega", "PSYCHOSOCIAL_SUPPORT", true, true);
		long bujumbura = create("Clinique de Bujumbura", "bujumbura-2025", null, "SPECIALISED_CARE", true, true);
		long draft = create("Brouillon de Gitega", "gitega-2025", "commune-gitega", "PSYCHOSOCIAL_SUPPORT", false, true);

		String french = body(this.mvc.get().uri("/trouver-de-l-aide?province=gitega-2025&besoin=psychosocial-support"));
		assertThat(french).contains(PREFIX + "Centre de Gitega", "href=\"tel:+25722250000\"", "Vérifié le",
				"Kirundi, Français", "Gratuit", "Sans orientation préalable", "1 lieu d’aide trouvé")
			.doesNotContain(PREFIX + "Clinique de Bujumbura", PREFIX + "Brouillon");
		assertThat(body(this.mvc.get().uri("/trouver-de-l-aide?commune=commune-gitega")))
			.contains(PREFIX + "Centre de Gitega")
			.doesNotContain(PREFIX + "Clinique", PREFIX + "Brouillon");
		assertThat(body(this.mvc.get().uri("/trouver-de-l-aide?besoin=specialised-care")))
			.contains(PREFIX + "Clinique de Bujumbura")
			.doesNotContain(PREFIX + "Centre de Gitega");
		assertThat(body(this.mvc.get().uri("/trouver-de-l-aide?besoin=specialised-care&gratuit=1")))
			.doesNotContain(PREFIX + "Clinique de Bujumbura");

		String english = body(this.mvc.get().uri("/en/trouver-de-l-aide?province=gitega-2025&besoin=psychosocial-support"));
		assertThat(english).contains(PREFIX + "Centre de Gitega", "Checked on", "1 place of help found",
				"href=\"/en/trouver-de-l-aide/" + gitegaPoint + "\"")
			.doesNotContain(PREFIX + "Brouillon");

		assertThat(body(this.mvc.get().uri("/trouver-de-l-aide/" + gitegaPoint))).contains(PREFIX + "Centre de Gitega",
				"Soutien psychosocial et accompagnement", "Gitega, Gitega", "près du marché");
		assertThat(this.mvc.get().uri("/en/trouver-de-l-aide/" + bujumbura)).hasStatusOk()
			.bodyText()
			.contains("Specialised mental-health or psychiatric care");
		assertThat(this.mvc.get().uri("/trouver-de-l-aide/" + draft)).hasStatus(HttpStatus.NOT_FOUND);
		// checked on 12 March 2026, more than six months ago: the dashboard reminds editors
		assertThat(body(this.mvc.get().uri("/admin").with(user("redactrice@test").roles("EDITOR"))))
			.contains("3 points de service n’ont pas été vérifiés depuis plus de six mois", "href=\"/admin/points-de-service\"");
		// for the province and commune pages: a province includes its communes' points, drafts never
		assertThat(this.published.inZone(this.zones.findBySlug("gitega-2025").orElseThrow()))
			.extracting(ServicePoint::getId)
			.containsExactly(gitegaPoint);
		assertThat(this.published.inZone(this.zones.findBySlug("commune-gitega").orElseThrow()))
			.extracting(ServicePoint::getId)
			.containsExactly(gitegaPoint);
		assertThat(this.published.inZone(this.zones.findBySlug("bujumbura-2025").orElseThrow()))
			.extracting(ServicePoint::getName)
			.containsExactly(PREFIX + "Clinique de Bujumbura");
		// the province's and the commune's public pages list the published point, never the draft
		assertThat(body(this.mvc.get().uri("/zones-d-intervention/gitega-2025"))).contains("id=\"points-de-service\"",
				"href=\"/trouver-de-l-aide/" + gitegaPoint + "\"").doesNotContain("/trouver-de-l-aide/" + draft + "\"");
		assertThat(body(this.mvc.get().uri("/zones-d-intervention/commune-gitega")))
			.contains("href=\"/trouver-de-l-aide/" + gitegaPoint + "\"");
		assertThat(body(this.mvc.get().uri("/zones-d-intervention/buhumuza-2025"))).doesNotContain("id=\"points-de-service\"");
		assertThat(this.mvc.get().uri("/trouver-de-l-aide/abc")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(body(this.mvc.get().uri("/sitemap.xml"))).contains("/trouver-de-l-aide/" + gitegaPoint + "</loc>")
			.doesNotContain("/trouver-de-l-aide/" + draft + "<");
	}

	@Test
	void aCommuneOfAnotherProvinceAndCoordinatesOutsideBurundiAreRefusedInFrenchWithNothingLost() {
		MvcTestResult mismatch = this.mvc.perform(form("Mauvaise commune", "bujumbura-2025", "commune-gitega",
				"REFERRAL", true, true).param("latitude", "-3.4").param("longitude", "29.9"));
		assertThat(mismatch).hasStatusOk().hasViewName("admin/directory/form");
		assertThat(body(mismatch)).contains("La commune Gitega n’est pas dans la province Bujumbura", PREFIX + "Mauvaise commune",
				"value=\"pr&egrave;s du march&eacute;\"", "value=\"-3.4\"");

		MvcTestResult outside = this.mvc.perform(form("Hors du pays", "gitega-2025", "commune-gitega", "REFERRAL", true, true)
			.param("latitude", "10.5")
			.param("longitude", "35"));
		assertThat(body(outside)).contains("Cette latitude est hors du Burundi", "Cette longitude est hors du Burundi",
				"value=\"10.5\"");
		MvcTestResult half = this.mvc.perform(form("Moitié", "gitega-2025", null, "REFERRAL", true, true).param("latitude", "-3.4"));
		assertThat(body(half)).contains("Donnez la latitude et la longitude ensemble");
		MvcTestResult noDate = this.mvc.perform(form("Sans date", "gitega-2025", null, "REFERRAL", true, false));
		assertThat(body(noDate)).contains("Indiquez quand ces informations ont été vérifiées");
		MvcTestResult badTime = this.mvc.perform(form("Heure", "gitega-2025", null, "REFERRAL", true, true).param("opensAt", "25h"));
		assertThat(body(badTime)).contains("Écrivez l’heure sous la forme 08:30", "value=\"25h\"");
		assertThat(this.jdbc.queryForObject("select count(*) from service_point where name like ?", Long.class, PREFIX + "%"))
			.isZero();
	}

	@Test
	void theHsdsExportHoldsPublishedPointsOnlyAndValidatesAgainstTheOfficialSchemas() throws Exception {
		long published = create("Centre de Gitega", "gitega-2025", "commune-gitega", "PSYCHOSOCIAL_SUPPORT", true, true);
		create("Brouillon de Gitega", "gitega-2025", "commune-gitega", "CHILD_PROTECTION", false, true);
		this.jdbc.update("update service_point set latitude = -3.4271, longitude = 29.9246, opens_at = '08:00', "
				+ "closes_at = '16:00', open_days = '{MO,TU,WE,TH,FR}' where id = ?", published);
		String uuid = this.jdbc.queryForObject("select uuid::text from service_point where id = ?", String.class, published);

		JsonNode services = this.json.readTree(body(this.mvc.get().uri("/donnees/hsds/services")));
		assertThat(services.get("total_items").asInt()).isEqualTo(1);
		JsonNode service = services.get("contents").get(0);
		assertThat(service.get("id").asText()).isEqualTo(uuid);
		assertThat(service.toString()).doesNotContain("Brouillon", "postal_code");
		assertThat(service.at("/service_at_locations/0/location/latitude").asDouble()).isEqualTo(-3.4271);
		assertThat(service.at("/schedules/0/byday").asText()).isEqualTo("MO,TU,WE,TH,FR");
		assertThat(service.at("/phones/0/number").asText()).isEqualTo("+257 22 25 00 00");
		assertThat(service.at("/attributes/0/taxonomy_term/name").asText()).isEqualTo("Soutien psychosocial et accompagnement");
		assertValid("service.json", service);

		JsonNode again = this.json.readTree(body(this.mvc.get().uri("/donnees/hsds/services")));
		assertThat(again.get("contents").get(0)).as("ids are stable from one export to the next").isEqualTo(service);

		JsonNode organizations = this.json.readTree(body(this.mvc.get().uri("/donnees/hsds/organizations")));
		assertThat(organizations.get("contents")).hasSize(1);
		for (JsonNode organization : organizations.get("contents")) {
			UUID.fromString(organization.get("id").asText());
			assertValid("organization.json", organization);
		}
	}

	@Test
	void staffManageBranchesAndMembersAndVisitorsSeeThem() {
		long gitega = zone("gitega-2025");
		long wrongCommune = zone("commune-bubanza");
		assertThat(body(this.mvc.perform(post("/admin/antennes/nouveau").with(csrf()).with(user("e@test").roles("EDITOR"))
			.param("name", PREFIX + "Antenne de Gitega")
			.param("province", Long.toString(gitega))
			.param("commune", Long.toString(wrongCommune))
			.param("version", "0")))).contains("La commune Bubanza n’est pas dans la province Gitega");
		assertThat(this.mvc.perform(post("/admin/antennes/nouveau").with(csrf()).with(user("e@test").roles("EDITOR"))
			.param("name", PREFIX + "Antenne de Gitega")
			.param("province", Long.toString(gitega))
			.param("commune", Long.toString(zone("commune-gitega")))
			.param("address", "Quartier Magarama")
			.param("phone", "+257 79 00 00 00")
			.param("version", "0"))).hasStatus(HttpStatus.FOUND);
		assertThat(body(this.mvc.get().uri("/membres"))).contains(PREFIX + "Antenne de Gitega", "Quartier Magarama",
				"Gitega, Gitega", "href=\"tel:+25779000000\"");
		assertThat(this.mvc.get().uri("/admin/antennes").with(user("e@test").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains(PREFIX + "Antenne de Gitega");
	}

	private void assertValid(String schema, JsonNode node) throws Exception {
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		JsonSchema validator = factory.getSchema(SchemaLocation.of("classpath:hsds-3.0/" + schema));
		Set<ValidationMessage> errors = validator.validate(node);
		assertThat(errors).as(node.toString()).isEmpty();
		try (InputStream in = getClass().getResourceAsStream("/hsds-3.0/" + schema)) {
			assertThat(in).as("the schema is in the test resources").isNotNull();
		}
	}

	/** Creates a service point through the admin form; returns its id. */
	private long create(String name, String province, String commune, String kind, boolean published, boolean verified) {
		assertThat(this.mvc.perform(form(name, province, commune, kind, published, verified)))
			.hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select id from service_point where name = ?", Long.class, PREFIX + name);
	}

	private MockHttpServletRequestBuilder form(String name, String province, String commune, String kind,
			boolean published, boolean verified) {
		long ppsm = this.jdbc.queryForObject("select id from organisation where slug = 'ppsm'", Long.class);
		MockHttpServletRequestBuilder request = post("/admin/points-de-service/nouveau").with(csrf())
			.with(user("redactrice@test").roles("EDITOR"))
			.param("organisation", Long.toString(ppsm))
			.param("name", PREFIX + name)
			.param("services", kind)
			.param("audiences", "CHILDREN", "WOMEN")
			.param("languages", "KIRUNDI", "FRENCH")
			.param("province", Long.toString(zone(province)))
			.param("address", "près du marché")
			.param("phone", "+257 22 25 00 00")
			.param("free", Boolean.toString(!kind.equals("SPECIALISED_CARE")))
			.param("published", Boolean.toString(published))
			.param("version", "0");
		if (commune != null) {
			request.param("commune", Long.toString(zone(commune)));
		}
		if (verified) {
			request.param("verifiedOn", "2026-03-12");
		}
		return request;
	}

	private long zone(String slug) {
		return this.jdbc.queryForObject("select id from zone where slug = ?", Long.class, slug);
	}

	private static String body(Object request) {
		MvcTestResult result = (request instanceof MvcTestResult r) ? r
				: ((org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder) request).exchange();
		assertThat(result.getResponse().getStatus()).as("status").isLessThan(400);
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
