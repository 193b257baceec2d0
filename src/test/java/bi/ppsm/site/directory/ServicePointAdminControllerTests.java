package bi.ppsm.site.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.zone.Zone;
import bi.ppsm.site.zone.ZoneKind;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The admin of service points, on a fixed clock: 1 December 2026. */
@WebSliceTest(ServicePointAdminController.class)
@Import({ Places.class, ServicePoints.class, ServicePointAdminControllerTests.FixedClock.class })
class ServicePointAdminControllerTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	ServicePointRepository servicePointRepository;

	@MockitoBean
	OrganisationRepository organisationRepository;

	@MockitoBean
	ZoneRepository zoneRepository;

	@Test
	@WithMockUser(roles = "EDITOR")
	void theListRemindsOfPointsCheckedMoreThanSixMonthsAgo() {
		ServicePoint old = point("Centre ancien", TODAY.minusMonths(6).minusDays(1));
		ServicePoint recent = point("Centre récent", TODAY.minusMonths(6));
		given(this.servicePointRepository.adminSearch(anyString(), any()))
			.willReturn(new PageImpl<>(List.of(old, recent)));
		given(this.servicePointRepository.countVerifiedBefore(TODAY.minusMonths(6))).willReturn(1L);
		assertThat(this.mvc.get().uri("/admin/points-de-service")).hasStatusOk()
			.hasViewName("admin/directory/list")
			.bodyText()
			.contains("1 point de service n’a pas été vérifié depuis plus de six mois", "Centre ancien", "Centre récent")
			.containsOnlyOnce("À vérifier");
		assertThat(old.isVerificationDue(TODAY)).isTrue();
		assertThat(recent.isVerificationDue(TODAY)).isFalse();
		assertThat(point("Jamais vérifié", null).isVerificationDue(TODAY)).isTrue();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void missingFieldsAndAFutureCheckAreRefusedWithFrenchMessages() {
		assertThat(this.mvc.post().uri("/admin/points-de-service/nouveau").with(csrf())
			.param("name", "")
			.param("address", "")
			.param("verifiedOn", "2026-12-02")
			.param("version", "0")).hasStatusOk()
			.hasViewName("admin/directory/form")
			.bodyText()
			.contains("Cochez au moins un service proposé.",
					"La date de vérification ne peut pas être dans le futur.", "Ce champ est obligatoire.");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theCreatePageOffersTheCommunesOfThe2025MapByProvince() {
		Zone gitega = zone(1L, "Gitega", ZoneKind.PROVINCE, null);
		given(this.zoneRepository.findAllByOrderByPositionAscNameAsc())
			.willReturn(List.of(gitega, zone(2L, "Giheta", ZoneKind.COMMUNE, gitega), zone(3L, "Gitega", ZoneKind.PROVINCE, null, 2015)));
		assertThat(this.mvc.get().uri("/admin/points-de-service/nouveau")).hasStatusOk()
			.bodyText()
			.contains("<optgroup label=\"Gitega\">", ">Giheta</option>", "value=\"2026-12-01\"");
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlersMayNotEnter() {
		assertThat(this.mvc.get().uri("/admin/points-de-service")).hasStatus(403);
	}

	private static ServicePoint point(String name, LocalDate verifiedOn) {
		ServicePoint point = new ServicePoint(new Organisation("ppsm", "PPSM", "Plateforme"), name,
				zone(1L, "Gitega", ZoneKind.PROVINCE, null), "Centre-ville");
		point.setVerifiedOn(verifiedOn);
		return point;
	}

	private static Zone zone(long id, String name, ZoneKind kind, Zone parent) {
		return zone(id, name, kind, parent, 2025);
	}

	private static Zone zone(long id, String name, ZoneKind kind, Zone parent, int year) {
		Zone zone = new Zone(name.toLowerCase() + "-" + id, name, kind) {
			@Override
			public Long getId() {
				return id;
			}
		};
		zone.setMapYear(year);
		zone.setParent(parent);
		return zone;
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
		}

	}

}
