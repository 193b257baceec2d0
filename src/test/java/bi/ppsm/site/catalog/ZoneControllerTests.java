package bi.ppsm.site.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.directory.PublishedServicePoints;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneKind;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ZoneController.class)
class ZoneControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	ZoneRepository zones;

	@MockitoBean
	ZoneMaps maps;

	@MockitoBean
	PublishedServicePoints servicePoints;

	static Zone zone(long id, String slug, String name, ZoneKind kind) {
		Zone zone = new Zone(slug, name, kind);
		ReflectionTestUtils.setField(zone, "id", id);
		return zone;
	}

	@Test
	void showsTheMapWithItsTableAndOnlyActiveScopes() {
		Zone gitega = zone(1, "gitega-2025", "Gitega", ZoneKind.PROVINCE);
		gitega.setMapYear(2025);
		Zone national = zone(3, "national", "Échelle nationale", ZoneKind.NATIONAL);
		Zone international = zone(4, "international", "Échelle internationale", ZoneKind.INTERNATIONAL);
		Programme rapatriement = new Programme("rapatriement", "Rapatriement", "Résumé");
		rapatriement.getZones().addAll(List.of(gitega, national));
		given(this.zones.findAllByOrderByPositionAscNameAsc()).willReturn(List.of(gitega, national, international));
		given(this.catalog.programmes()).willReturn(List.of(rapatriement));
		given(this.catalog.projects()).willReturn(List.of());
		ZoneMaps.Activity here = new ZoneMaps.Activity(List.of(rapatriement), List.of());
		given(this.maps.map(2025, List.of(rapatriement), List.of())).willReturn(new ZoneMaps.ZoneMap(2025, "0 0 300 350",
				List.of(new ZoneMaps.MapProvince(gitega, "M1 1l2 2z", here, new ZoneMaps.Activity(List.of(), List.of()),
						false)),
				false));
		assertThat(this.mvc.get().uri("/zones-d-intervention")).hasStatusOk()
			.hasViewName("zones")
			.bodyText()
			.contains("viewBox=\"0 0 300 350\"", "href=\"/zones-d-intervention/gitega-2025\"",
					"aria-label=\"Gitega : 1 programme ou projet\"", "class=\"shade-1\"", "Échelle nationale",
					"/programmes/rapatriement")
			.doesNotContain("Échelle internationale", "style=");
	}

	@Test
	void anUnknownZoneIsNotFound() {
		assertThat(this.mvc.get().uri("/zones-d-intervention/atlantide")).hasStatus(404);
	}

}
