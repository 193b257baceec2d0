package bi.ppsm.site.zone;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ZoneAdminController.class)
class ZoneAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	ZoneRepository zoneRepository;

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/zones")).hasStatusOk().hasViewName("admin/ordered-list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/zones/nouveau").with(csrf())
			.param("slug", "Pas Un Slug")
			.param("name", "")
			.param("kind", "PROVINCE")).hasStatusOk()
			.hasViewName("admin/zone/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("slug", "name");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void newFormOffersTheMapsAndTheProvincesOfBothMaps() {
		given(this.zoneRepository.findAllByOrderByPositionAscNameAsc())
			.willReturn(List.of(province(5, "gitega", "Gitega", 2015), province(6, "gitega-2025", "Gitega", 2025),
					new Zone("national", "Niveau national", ZoneKind.NATIONAL)));
		assertThat(this.mvc.get().uri("/admin/zones/nouveau")).hasStatusOk()
			.bodyText()
			.contains("name=\"mapYear\"", "<option value=\"2025\" selected=\"selected\">Carte de 2025",
					"Carte de 2015 (18 provinces)", "name=\"parentId\"", "<option value=\"6\">Gitega (carte 2025)</option>",
					"<option value=\"5\">Gitega (carte 2015)</option>", "name=\"validFrom\"", "type=\"date\"",
					"name=\"validTo\"", "name=\"note\"", "name=\"uncertain\"")
			.doesNotContain("Niveau national</option>");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editFormShowsTheZonesMapProvinceAndValidity() {
		Zone province = province(6, "gitega-2025", "Gitega", 2025);
		Zone commune = new Zone("commune-mwaro", "Mwaro", ZoneKind.COMMUNE);
		ReflectionTestUtils.setField(commune, "id", 9L);
		commune.setMapYear(2025);
		commune.setParent(province);
		commune.setValidFrom(LocalDate.of(2025, 6, 5));
		commune.setNote("Chef-lieu : Mwaro");
		given(this.zoneRepository.findById(9L)).willReturn(Optional.of(commune));
		given(this.zoneRepository.findAllByOrderByPositionAscNameAsc()).willReturn(List.of(province, commune));
		assertThat(this.mvc.get().uri("/admin/zones/9")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"6\" selected=\"selected\">Gitega (carte 2025)</option>",
					"<option value=\"2025\" selected=\"selected\">", "value=\"2025-06-05\"", "Chef-lieu : Mwaro");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void communeWithoutMapOrProvinceIsRefusedInFrenchAndKeepsTheInput() {
		assertThat(commune().param("mapYear", "").param("parentId", "").param("note", "Ancien nom : Mubimbi"))
			.hasStatusOk()
			.hasViewName("admin/zone/form")
			.bodyText()
			.contains("Une province ou une commune appartient à une carte : choisissez 2015 ou 2025.",
					"Une commune appartient à une province : choisissez-la.", "value=\"Isare\"",
					"Ancien nom : Mubimbi");
		verifyNoInteractions(this.audit);
		verify(this.zoneRepository, never()).save(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void communeOfAProvinceOfTheOtherMapIsRefused() {
		given(this.zoneRepository.findById(5L)).willReturn(Optional.of(province(5, "gitega", "Gitega", 2015)));
		assertThat(commune().param("mapYear", "2025").param("parentId", "5")).hasStatusOk()
			.hasViewName("admin/zone/form")
			.bodyText()
			.contains("Cette province est sur une autre carte");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aCommuneOrAnUnknownZoneIsNoProvince() {
		Zone other = new Zone("commune-mwaro", "Mwaro", ZoneKind.COMMUNE);
		other.setMapYear(2025);
		given(this.zoneRepository.findById(9L)).willReturn(Optional.of(other));
		assertThat(commune().param("mapYear", "2025").param("parentId", "9")).model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("parentId", "admin.validation.zoneParentNotProvince");
		assertThat(commune().param("mapYear", "2025").param("parentId", "999")).model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("parentId", "admin.validation.zoneParentNotProvince");
		assertThat(commune().param("mapYear", "2025").param("parentId", "pas-un-nombre")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("parentId");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void provinceAndWiderScopeHaveNoProvinceAndAScopeNoMap() {
		given(this.zoneRepository.findById(6L)).willReturn(Optional.of(province(6, "gitega-2025", "Gitega", 2025)));
		assertThat(create("PROVINCE").param("mapYear", "2025").param("parentId", "6")).model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("parentId", "admin.validation.zoneParentNotAllowed");
		assertThat(create("NATIONAL").param("mapYear", "2025")).hasStatusOk()
			.bodyText()
			.contains("Une échelle plus large (toutes les provinces, nationale…) n’appartient à aucune carte");
		assertThat(create("PROVINCE").param("mapYear", "2020")).model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("mapYear", "admin.validation.zoneMapYearUnknown");
		assertThat(create("PROVINCE").param("mapYear", "")).model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("mapYear", "admin.validation.zoneMapYearRequired");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void validityMustEndAfterItStarts() {
		assertThat(create("PROVINCE").param("mapYear", "2025")
			.param("validFrom", "2025-06-05")
			.param("validTo", "2025-06-05")).hasStatusOk()
			.bodyText()
			.contains("La fin de validité doit venir après le début.", "value=\"2025-06-05\"");
		assertThat(create("PROVINCE").param("mapYear", "2025").param("validTo", "2025-02-30")).model()
			.extractingBindingResult("form")
			.hasFieldErrors("validTo");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void validCommuneIsSavedWithItsMapProvinceAndValidity() {
		Zone province = province(6, "gitega-2025", "Gitega", 2025);
		given(this.zoneRepository.findById(6L)).willReturn(Optional.of(province));
		assertThat(commune().param("mapYear", "2025")
			.param("parentId", "6")
			.param("validFrom", "2025-06-05")
			.param("note", "Nom du projet de 2022 : Mubimbi")
			.param("uncertain", "true")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/zones");
		ArgumentCaptor<Zone> saved = ArgumentCaptor.forClass(Zone.class);
		verify(this.zoneRepository).save(saved.capture());
		Zone zone = saved.getValue();
		assertThat(zone.getKind()).isEqualTo(ZoneKind.COMMUNE);
		assertThat(zone.getMapYear()).isEqualTo(2025);
		assertThat(zone.getParent()).isSameAs(province);
		assertThat(zone.getValidFrom()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(zone.getValidTo()).isNull();
		assertThat(zone.getNote()).isEqualTo("Nom du projet de 2022 : Mubimbi");
		assertThat(zone.isUncertain()).isTrue();
		verify(this.audit).record(eq("CREATE"), eq("zone"), any(), anyString(), anyList());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void endingAValidityIsSavedAndAudited() {
		Zone zone = province(7, "gitega-2025", "Gitega", 2025);
		zone.setValidFrom(LocalDate.of(2025, 6, 5));
		given(this.zoneRepository.findById(7L)).willReturn(Optional.of(zone));
		assertThat(this.mvc.post().uri("/admin/zones/7").with(csrf())
			.param("slug", "gitega-2025")
			.param("name", "Gitega")
			.param("kind", "PROVINCE")
			.param("mapYear", "2025")
			.param("validFrom", "2025-06-05")
			.param("validTo", "2030-01-01")
			.param("version", "0")).hasStatus3xxRedirection();
		assertThat(zone.getValidTo()).isEqualTo(LocalDate.of(2030, 1, 1));
		verify(this.audit).record("UPDATE", "zone", 7L, "Gitega — province, carte 2025, de 2025-06-05 à 2029-12-31",
				List.of("validTo"));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void provinceWithCommunesStaysAProvinceOfItsMap() {
		Zone zone = province(7, "gitega-2025", "Gitega", 2025);
		given(this.zoneRepository.findById(7L)).willReturn(Optional.of(zone));
		given(this.zoneRepository.existsByParentId(7L)).willReturn(true);
		assertThat(this.mvc.post().uri("/admin/zones/7").with(csrf())
			.param("slug", "gitega-2025")
			.param("name", "Gitega")
			.param("kind", "PROVINCE")
			.param("mapYear", "2015")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Cette province a des communes");
		assertThat(zone.getMapYear()).isEqualTo(2025);
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void staleVersionIsRefusedAndTheInputKept() {
		Zone zone = province(7, "gitega-2025", "Gitega", 2025);
		zone.setVersion(3);
		given(this.zoneRepository.findById(7L)).willReturn(Optional.of(zone));
		assertThat(this.mvc.post().uri("/admin/zones/7").with(csrf())
			.param("slug", "gitega-2025")
			.param("name", "Gitega")
			.param("kind", "PROVINCE")
			.param("mapYear", "2025")
			.param("note", "Chef-lieu : Gitega (saisie tapee)")
			.param("version", "2")).hasStatusOk()
			.bodyText()
			.contains("Quelqu’un d’autre a modifié cette fiche", "Chef-lieu : Gitega (saisie tapee)");
		assertThat(zone.getNote()).isNull();
		verify(this.audit, never()).record(anyString(), anyString(), any(), anyString(), anyList());
	}

	private MockMvcRequestBuilder commune() {
		return this.mvc.post().uri("/admin/zones/nouveau").with(csrf())
			.param("slug", "commune-isare-test")
			.param("name", "Isare")
			.param("kind", "COMMUNE");
	}

	private MockMvcRequestBuilder create(String kind) {
		return this.mvc.post().uri("/admin/zones/nouveau").with(csrf())
			.param("slug", "zone-test")
			.param("name", "Zone d’essai")
			.param("kind", kind);
	}

	private static Zone province(long id, String slug, String name, int year) {
		Zone zone = new Zone(slug, name, ZoneKind.PROVINCE);
		ReflectionTestUtils.setField(zone, "id", id);
		zone.setMapYear(year);
		return zone;
	}

}
