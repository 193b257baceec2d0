package bi.ppsm.site.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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

	static Zone zone(long id, String slug, String name, ZoneKind kind) {
		Zone zone = new Zone(slug, name, kind);
		ReflectionTestUtils.setField(zone, "id", id);
		return zone;
	}

	@Test
	void showsEachProvinceWithItsProgrammesAndOnlyActiveScopes() {
		Zone gitega = zone(1, "gitega", "Gitega", ZoneKind.PROVINCE);
		Zone kirundo = zone(2, "kirundo", "Kirundo", ZoneKind.PROVINCE);
		Zone national = zone(3, "national", "Échelle nationale", ZoneKind.NATIONAL);
		Zone international = zone(4, "international", "Échelle internationale", ZoneKind.INTERNATIONAL);
		Programme rapatriement = new Programme("rapatriement", "Rapatriement", "Résumé");
		rapatriement.getZones().addAll(List.of(gitega, national));
		given(this.zones.findAllByOrderByPositionAscNameAsc()).willReturn(List.of(gitega, kirundo, national, international));
		given(this.catalog.programmes()).willReturn(List.of(rapatriement));
		given(this.catalog.projects()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/zones-d-intervention")).hasStatusOk()
			.hasViewName("zones")
			.bodyText()
			.contains("id=\"gitega\"", "id=\"kirundo\"", "Échelle nationale", "/programmes/rapatriement",
					"/projets?zone=gitega")
			.doesNotContain("Échelle internationale");
	}

}
