package bi.ppsm.site.zone;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditEntryRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Zones staff add in the back office reach the public site, on the whole application and the
 * real PostgreSQL: a commune on its province's page, a province without a drawn shape in the
 * map's table. What the tests create is removed afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ZoneAdminFullStackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ZoneRepository zones;

	@Autowired
	AuditEntryRepository audit;

	@Test
	void communeCreatedInTheAdminShowsOnItsProvincePage() {
		long gitega = this.zones.findBySlug("gitega-2025").orElseThrow().getId();
		try {
			assertThat(this.mvc.post().uri("/admin/zones/nouveau").with(user("e@test").roles("EDITOR")).with(csrf())
				.param("slug", "commune-essai-admin")
				.param("name", "Essaicommune")
				.param("kind", "COMMUNE")
				.param("mapYear", "2025")
				.param("parentId", String.valueOf(gitega))
				.param("validFrom", "2026-01-01")
				.param("note", "Commune d'essai")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/zones");
			Zone created = this.zones.findBySlug("commune-essai-admin").orElseThrow();
			assertThat(created.getMapYear()).isEqualTo(2025);
			assertThat(this.mvc.get().uri("/zones-d-intervention/gitega-2025")).hasStatusOk()
				.bodyText()
				.contains("href=\"/zones-d-intervention/commune-essai-admin\"", "Essaicommune");
			assertThat(this.mvc.get().uri("/zones-d-intervention/commune-essai-admin")).hasStatusOk()
				.bodyText()
				.contains("Essaicommune", "href=\"/zones-d-intervention/gitega-2025\"");
			assertThat(this.mvc.get().uri("/admin/zones").with(user("e@test").roles("EDITOR"))).hasStatusOk()
				.bodyText()
				.contains("Essaicommune — commune de Gitega, carte 2025, depuis 2026-01-01");
		}
		finally {
			remove("commune-essai-admin");
		}
	}

	@Test
	void provinceWithoutShapeIsListedInTheMapTableAndHasItsPage() {
		try {
			assertThat(this.mvc.post().uri("/admin/zones/nouveau").with(user("e@test").roles("EDITOR")).with(csrf())
				.param("slug", "province-essai-admin")
				.param("name", "Essaiprovince")
				.param("kind", "PROVINCE")
				.param("mapYear", "2025")
				.param("validFrom", "2026-01-01")).hasStatus3xxRedirection();
			String map = this.mvc.get().uri("/zones-d-intervention").exchange().getResponse().getContentAsString();
			assertThat(map).contains("Essaiprovince");
			// listed once, in the table: the boundary files do not draw it
			assertThat(map.split("href=\"/zones-d-intervention/province-essai-admin\"", -1)).hasSize(2);
			assertThat(map.split("href=\"/zones-d-intervention/gitega-2025\"", -1)).hasSize(3);
			assertThat(this.mvc.get().uri("/zones-d-intervention/province-essai-admin")).hasStatusOk()
				.bodyText()
				.contains("Essaiprovince");
			assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk()
				.bodyText()
				.contains("/zones-d-intervention/province-essai-admin");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			remove("province-essai-admin");
		}
	}

	private void remove(String slug) {
		this.zones.findBySlug(slug).ifPresent(zone -> {
			this.audit.findAll()
				.stream()
				.filter(e -> "zone".equals(e.getEntityType()) && String.valueOf(zone.getId()).equals(e.getEntityId()))
				.forEach(this.audit::delete);
			this.zones.delete(zone);
		});
	}

}
