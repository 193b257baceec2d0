package bi.ppsm.site.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The map of where the PPSM works, on the seeded database: a linked, named shape for every
 * province of each map with the same counts as its table; how the old provinces went to the new
 * ones (a split province, an uncertain row never shown as fact); the province and commune pages;
 * the project filter on the new map; the page's weight on the wire; the back office's labels.
 * Pages are read with a query string the page cache never stores.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ZoneMapFullStackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyProvinceOfEachMapIsALinkedNamedShapeWithTheCountsOfTheTable() {
		Map<Integer, Integer> provinces = Map.of(2015, 18, 2025, 5);
		for (int year : List.of(2015, 2025)) {
			Document page = page("/zones-d-intervention?carte=" + year + "&v=1");
			List<Element> shapes = page.select("figure.zone-map svg a");
			List<Element> rows = page.select("table.map-table tbody tr");
			assertThat(shapes).hasSize(provinces.get(year));
			assertThat(rows).hasSize(provinces.get(year));
			List<String> slugs = this.jdbc.queryForList(
					"select slug from zone where kind = 'PROVINCE' and map_year = ? order by name", String.class, year);
			for (int i = 0; i < shapes.size(); i++) {
				Element shape = shapes.get(i);
				Element row = rows.get(i);
				String href = "/zones-d-intervention/" + slugs.get(i);
				assertThat(shape.attr("href")).isEqualTo(href);
				assertThat(shape.select("path").attr("d")).startsWith("M");
				assertThat(shape.select("path").attr("class")).matches("shade-[0-4]");
				String name = row.select("th a").text();
				assertThat(row.select("th a").attr("href")).isEqualTo(href);
				String total = row.select("td").last().text();
				assertThat(shape.attr("aria-label")).startsWith(name + " : ");
				if (total.equals("0")) {
					assertThat(shape.attr("aria-label")).endsWith("aucun programme ni projet");
				}
				else {
					assertThat(shape.attr("aria-label")).contains(total.equals("1") ? "1 programme ou projet"
							: total + " programmes et projets");
				}
			}
		}
	}

	@Test
	void theCountsOfEachMapAreThoseOfTheDatabase() {
		Document old = page("/zones-d-intervention?carte=2015&v=2");
		for (Element row : old.select("table.map-table tbody tr")) {
			String slug = row.select("th a").attr("href").replace("/zones-d-intervention/", "");
			assertThat(row.select("td").get(0).text()).as(slug).isEqualTo(String.valueOf(programmes(List.of(slug))));
			assertThat(row.select("td").get(1).text()).as(slug).isEqualTo(String.valueOf(projects(List.of(slug))));
		}
		// 2025: Bujumbura counts, apart, what is linked to the four provinces that went wholly into it;
		// Rumonge, split between Bujumbura and Burunga, is counted for neither
		Document current = page("/zones-d-intervention?v=3");
		assertThat(current.select("h2#carte").text()).isEqualTo("Carte des 5 provinces (depuis 2025)");
		Element bujumbura = current.select("table.map-table tbody tr:has(a[href$=/bujumbura-2025])").first();
		List<String> whole = List.of("bubanza", "bujumbura-mairie", "bujumbura-province", "cibitoke");
		assertThat(bujumbura.select("td").get(2).text())
			.isEqualTo(programmes(whole) + " programme(s), " + projects(whole) + " projet(s)");
		Element burunga = current.select("table.map-table tbody tr:has(a[href$=/burunga-2025])").first();
		List<String> burungaWhole = List.of("bururi", "makamba", "rutana");
		assertThat(burunga.select("td").get(2).text())
			.isEqualTo(programmes(burungaWhole) + " programme(s), " + projects(burungaWhole) + " projet(s)");
		assertThat(current.select(".map-key").text()).contains("Rumonge avec Burunga", "geoBoundaries (CC0 1.0)");
		// in English too, with links that keep the language
		Document english = page("/en/zones-d-intervention?v=4");
		assertThat(english.select("h2#carte").text()).isEqualTo("Map of the 5 provinces (since 2025)");
		assertThat(english.select("figure.zone-map svg a").eachAttr("href")).allMatch(h -> h.startsWith("/en/zones-d-intervention/"));
	}

	@Test
	void aSplitProvinceShowsBothPartsAndAnUncertainRowIsWordedAsUncertain() {
		Document rumonge = page("/zones-d-intervention/rumonge?v=1");
		assertThat(rumonge.select("h1").text()).isEqualTo("Rumonge");
		assertThat(rumonge.select(".lead").text()).contains("Province de la carte de 2015", "de 2015 à 2025");
		assertThat(rumonge.select("section[aria-labelledby=devenir] li").eachText()).containsExactlyInAnyOrder(
				"Bujumbura (une partie) : communes Bugarama et Muhuta (que Rumonge avait reçues de Bujumbura Rural en 2015)",
				"Burunga (une partie) : communes Burambi, Buyengero et Rumonge");
		assertThat(rumonge.select("figure.zone-map-small path.lit")).hasSize(1);

		Document muramvya = page("/zones-d-intervention/muramvya?v=1");
		List<Element> items = muramvya.select("section[aria-labelledby=devenir] li");
		assertThat(items).hasSize(3);
		assertThat(items.get(0).text()).isEqualTo("Gitega (une partie) : la plus grande partie de l’ancienne province");
		for (Element uncertain : items.subList(1, 3)) {
			assertThat(uncertain.hasClass("uncertain")).isTrue();
			assertThat(uncertain.text()).startsWith("Non confirmé : une partie serait allée à")
				.endsWith("(les sources sont rares ou divergentes)");
		}
		assertThat(items.subList(1, 3).stream().map(e -> e.select("a").text()).toList())
			.containsExactlyInAnyOrder("Bujumbura", "Butanyerera");
		// on the new province's side too, the uncertain part is not stated as fact
		Document butanyerera = page("/zones-d-intervention/butanyerera-2025?v=1");
		assertThat(butanyerera.select("section[aria-labelledby=origines] li:not(.uncertain)").eachText())
			.containsExactlyInAnyOrder("Kayanza (toute l’ancienne province)", "Kirundo (toute l’ancienne province)",
					"Ngozi (toute l’ancienne province)");
		assertThat(butanyerera.select("section[aria-labelledby=origines] li.uncertain").text())
			.startsWith("Non confirmé").contains("Muramvya");
	}

	@Test
	void aNewProvinceListsItsCommunesAndOriginsAndACommuneItsProvince() {
		Document burunga = page("/zones-d-intervention/burunga-2025?v=1");
		assertThat(burunga.select(".lead").text()).contains("Province de la carte de 2025", "depuis 2025");
		assertThat(burunga.select("section[aria-labelledby=communes] li").eachText()).containsExactly("Bururi",
				"Makamba", "Matana", "Musongati", "Nyanza", "Rumonge", "Rutana");
		assertThat(burunga.select("section[aria-labelledby=origines] li").eachText()).contains(
				"Bururi (toute l’ancienne province)", "Rumonge (une partie) : communes Burambi, Buyengero et Rumonge",
				"Gitega (une partie) : zone Mahwa de la commune Ryansoro");
		assertThat(burunga.select("figure.zone-map-small svg a")).hasSize(5);

		MvcTestResult mukaza = this.mvc.get().uri("/zones-d-intervention/commune-mukaza?v=1").exchange();
		assertThat(mukaza).hasStatusOk().model().containsEntry("servicePoints", List.of());
		Document commune = Jsoup.parse(body(mukaza));
		assertThat(commune.select(".lead").text()).contains("Commune de la carte de 2025");
		assertThat(commune.select("a[href=/zones-d-intervention/bujumbura-2025]").text()).contains("Bujumbura");
		assertThat(commune.select("figure.zone-map-small path.lit")).hasSize(1);
		// no openly licensed boundaries of the 2025 communes exist: the page says so and links its province
		assertThat(commune.select("p.map-note").text()).contains("Il n’existe pas encore de carte de cette commune",
				"licence libre", "Bujumbura");
		assertThat(commune.select("p.map-note a[href=/zones-d-intervention/bujumbura-2025]")).hasSize(1);
		assertThat(page("/zones-d-intervention/bujumbura-2025?v=1").text())
			.doesNotContain("Il n’existe pas encore de carte de cette commune");
		assertThat(page("/zones-d-intervention/commune-mugere?v=1").text())
			.contains("Ce nom n’est donné que par des listes secondaires");
	}

	@Test
	void anUnknownZoneOrAWiderScopeHasNoPage() {
		for (String slug : List.of("atlantide", "national")) {
			MvcTestResult result = this.mvc.get().uri("/zones-d-intervention/" + slug).exchange();
			// the French error page itself is checked over HTTP in PublicSiteIntegrationTests
			assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		}
		// an unknown map shows the default one, never an error
		assertThat(page("/zones-d-intervention?carte=1990").select("figure.zone-map svg a")).hasSize(5);
	}

	@Test
	void theZonesPageStaysUnder50KilobytesOnTheWire() throws IOException {
		for (String path : List.of("/zones-d-intervention?v=1", "/zones-d-intervention?carte=2015&v=1")) {
			byte[] html = body(this.mvc.get().uri(path).exchange()).getBytes(StandardCharsets.UTF_8);
			ByteArrayOutputStream zipped = new ByteArrayOutputStream();
			try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
				gzip.write(html);
			}
			assertThat(zipped.size()).as(path + " gzipped").isLessThan(50 * 1024);
			assertThat(html.length).as(path).isGreaterThan(5 * 1024);
		}
	}

	@Test
	void programmeAndProjectPagesLightTheirProvinces() {
		Document programme = page("/programmes/rapatriement?v=1");
		List<String> zones = this.jdbc.queryForList("""
				select z.slug from zone z join programme_zone pz on pz.zone_id = z.id
				join programme p on p.id = pz.programme_id where p.slug = 'rapatriement' and z.map_year = 2015""",
				String.class);
		assertThat(zones).isNotEmpty();
		assertThat(programme.select("figure.zone-map-small a:has(path.lit)").eachAttr("href"))
			.containsExactlyInAnyOrderElementsOf(zones.stream().map(z -> "/zones-d-intervention/" + z).toList());
		assertThat(programme.select("figure.zone-map-small svg a")).hasSize(18);
	}

	@Test
	void aProvinceOfTheNewMapFindsTheProjectsOfItsCommunes() {
		this.jdbc.update("""
				insert into project_zone (project_id, zone_id)
				select p.id, z.id from project p, zone z where p.slug = 'tura-utuze' and z.slug = 'commune-mukaza'""");
		try {
			assertThat(page("/projets?zone=bujumbura-2025&v=1").select("a[href=/projets/tura-utuze]")).isNotEmpty();
			assertThat(page("/projets?zone=burunga-2025&v=1").select("a[href=/projets/tura-utuze]")).isEmpty();
			assertThat(page("/projets?zone=gitega&v=1").select("a[href=/projets/tura-utuze]")).isNotEmpty();
			// the 2025 province's page counts it as its own
			assertThat(page("/zones-d-intervention/bujumbura-2025?v=2").select("section[aria-labelledby=travail] a")
				.eachAttr("href")).contains("/projets/tura-utuze");
			assertThat(page("/projets?v=4").select("select#zone optgroup").eachAttr("label"))
				.containsExactly("Carte de 2025 (5 provinces)", "Carte de 2015 (18 provinces)");
		}
		finally {
			this.jdbc.update("""
					delete from project_zone where project_id = (select id from project where slug = 'tura-utuze')
					and zone_id = (select id from zone where slug = 'commune-mukaza')""");
		}
	}

	@Test
	void theBackOfficeNamesEachZoneWithItsMap() {
		MvcTestResult list = this.mvc.get().uri("/admin/zones").with(user("redactrice@test").roles("EDITOR")).exchange();
		assertThat(list).hasStatusOk();
		String text = Jsoup.parse(body(list)).text();
		assertThat(text).contains("Gitega — province, carte 2015, de 2015-03-26 à 2025-06-04",
				"Gitega — province, carte 2025, depuis 2025-06-05", "Mukaza — commune de Bujumbura, carte 2025");
		long programme = this.jdbc.queryForObject("select id from programme where slug = 'rapatriement'", Long.class);
		MvcTestResult form = this.mvc.get()
			.uri("/admin/programmes/" + programme)
			.with(user("redactrice@test").roles("EDITOR"))
			.exchange();
		assertThat(form).hasStatusOk();
		List<String> labels = Jsoup.parse(body(form)).select("fieldset.choices:has(input[name=zones]) label").eachText();
		assertThat(labels).contains("Gitega (carte 2025)", "Gitega (carte 2015)", "Mukaza (commune, Bujumbura, carte 2025)");
		assertThat(labels.indexOf("Bujumbura (carte 2025)")).isLessThan(labels.indexOf("Bubanza (carte 2015)"));
	}

	private long programmes(List<String> slugs) {
		return this.jdbc.queryForObject("""
				select count(distinct p.id) from programme p join programme_zone pz on pz.programme_id = p.id
				join zone z on z.id = pz.zone_id where p.published and z.slug = any (?)""", Long.class,
				(Object) slugs.toArray(String[]::new));
	}

	private long projects(List<String> slugs) {
		return this.jdbc.queryForObject("""
				select count(distinct p.id) from project p join project_zone pz on pz.project_id = p.id
				join zone z on z.id = pz.zone_id join programme g on g.id = p.programme_id
				where p.published and g.published and z.slug = any (?)""", Long.class,
				(Object) slugs.toArray(String[]::new));
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(body(result));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
