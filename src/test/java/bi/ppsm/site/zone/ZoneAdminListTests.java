package bi.ppsm.site.zone;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The shared ordered-list admin through the zones, which use each of its hooks: a form of
 * their own, a further check (the slug), extra model attributes (the kinds) and a delete guard.
 */
@WebSliceTest(ZoneAdminController.class)
@WithMockUser(roles = "EDITOR")
class ZoneAdminListTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	ZoneRepository zones;

	Zone gitega;

	Zone karusi;

	@BeforeEach
	void zones() {
		this.gitega = zone(7L, "gitega", "Gitega", 1);
		this.karusi = zone(8L, "karusi", "Karusi", 2);
		this.gitega.setVersion(3);
		given(this.zones.findById(7L)).willReturn(Optional.of(this.gitega));
		given(this.zones.findById(8L)).willReturn(Optional.of(this.karusi));
		given(this.zones.findAllByOrderByPositionAscNameAsc()).willReturn(List.of(this.gitega, this.karusi));
		given(this.zones.findBySlug("karusi")).willReturn(Optional.of(this.karusi));
	}

	@Test
	void listShowsTheZonesInOrder() {
		assertThat(this.mvc.get().uri("/admin/zones")).hasStatusOk()
			.hasViewName("admin/ordered-list")
			.bodyText()
			.contains("/admin/zones/7", "/admin/zones/8/supprimer", "Gitega", "Karusi");
	}

	@Test
	void editFormCarriesTheVersionAndTheKinds() {
		assertThat(this.mvc.get().uri("/admin/zones/7")).hasStatusOk()
			.hasViewName("admin/zone/form")
			.bodyText()
			.contains("action=\"/admin/zones/7\"", "name=\"version\"", "value=\"3\"", "ALL_PROVINCES");
	}

	@Test
	void validCreateGoesAtTheEndAndIsAudited() {
		given(this.zones.count()).willReturn(2L);
		assertThat(this.mvc.post().uri("/admin/zones/nouveau").with(csrf())
			.param("slug", "ngozi")
			.param("name", "Ngozi")
			.param("kind", "PROVINCE")
			.param("mapYear", "2015")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/zones")
			.flash()
			.containsEntry("flash", "admin.flash.saved.zone")
			.containsEntry("flashName", "Ngozi — province, carte 2015");
		verify(this.zones).save(any(Zone.class));
		verify(this.audit).record(eq("CREATE"), eq("zone"), any(), eq("Ngozi — province, carte 2015"),
				eq(List.of("slug", "name", "kind", "mapYear", "province", "validFrom", "validTo", "note", "uncertain")));
	}

	@Test
	void takenSlugIsAFieldError() {
		assertThat(this.mvc.post().uri("/admin/zones/7").with(csrf())
			.param("slug", "karusi")
			.param("name", "Gitega")
			.param("kind", "PROVINCE")
			.param("version", "3")).hasStatusOk()
			.hasViewName("admin/zone/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("slug", "admin.validation.slugTaken");
		verifyNoInteractions(this.audit);
	}

	@Test
	void staleVersionIsRefusedWithTheTextKept() {
		assertThat(this.mvc.post().uri("/admin/zones/7").with(csrf())
			.param("slug", "gitega")
			.param("name", "Gitega centre")
			.param("kind", "PROVINCE")
			.param("version", "2")).hasStatusOk()
			.hasViewName("admin/zone/form")
			.bodyText()
			.contains("Gitega centre", "Quelqu’un d’autre a modifié cette fiche");
		assertThat(this.gitega.getName()).isEqualTo("Gitega");
		verifyNoInteractions(this.audit);
	}

	@Test
	void validUpdateAuditsTheChangedFields() {
		assertThat(this.mvc.post().uri("/admin/zones/7").with(csrf())
			.param("slug", "gitega")
			.param("name", "Gitega centre")
			.param("kind", "PROVINCE")
			.param("mapYear", "2015")
			.param("version", "3")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/zones")
			.flash()
			.containsEntry("flash", "admin.flash.saved.zone")
			.containsEntry("flashName", "Gitega centre — province, carte 2015");
		assertThat(this.gitega.getName()).isEqualTo("Gitega centre");
		verify(this.audit).record("UPDATE", "zone", 7L, "Gitega centre — province, carte 2015",
				List.of("name", "mapYear"));
	}

	@Test
	void movingDownSwapsAndRenumbers() {
		assertThat(this.mvc.post().uri("/admin/zones/7/descendre").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/zones")
			.flash()
			.containsEntry("flash", "admin.flash.moved");
		assertThat(this.gitega.getPosition()).isEqualTo(2);
		assertThat(this.karusi.getPosition()).isEqualTo(1);
		verify(this.audit).record("MOVE", "zone", 7L, "Gitega", List.of("position"));
	}

	@Test
	void theLastCannotGoDown() {
		assertThat(this.mvc.post().uri("/admin/zones/8/descendre").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/zones");
		verifyNoInteractions(this.audit);
	}

	@Test
	void zoneInUseIsListedAndKept() {
		given(this.zones.namesUsing(7L)).willReturn(List.of("Rapatriement", "Tura Utuze"));
		assertThat(this.mvc.get().uri("/admin/zones/7/supprimer")).hasStatusOk()
			.hasViewName("admin/delete")
			.bodyText()
			.contains("Rapatriement", "Tura Utuze");
		assertThat(this.mvc.post().uri("/admin/zones/7/supprimer").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/zones/7/supprimer");
		verify(this.zones, never()).delete(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void unusedZoneIsDeletedAndAudited() {
		assertThat(this.mvc.post().uri("/admin/zones/8/supprimer").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/zones")
			.flash()
			.containsEntry("flash", "admin.flash.deleted");
		verify(this.zones).delete(this.karusi);
		verify(this.audit).record("DELETE", "zone", 8L, "Karusi", List.of());
	}

	@Test
	void unknownZoneIsNotFound() {
		assertThat(this.mvc.get().uri("/admin/zones/99")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/admin/zones/99/supprimer").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static Zone zone(long id, String slug, String name, int position) {
		Zone zone = new Zone(slug, name, ZoneKind.PROVINCE);
		ReflectionTestUtils.setField(zone, "id", id);
		zone.setPosition(position);
		return zone;
	}

}
