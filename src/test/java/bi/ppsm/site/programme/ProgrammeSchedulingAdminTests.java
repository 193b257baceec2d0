package bi.ppsm.site.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import bi.ppsm.site.admin.DryRun;
import bi.ppsm.site.admin.RecordingTransactionManager;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.catalog.Catalog;
import bi.ppsm.site.catalog.PublicPages;
import bi.ppsm.site.catalog.RelatedContent;
import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The publication fields of the programme form, on a fixed clock (2026-12-01 09:00 UTC, 11:00
 * in Bujumbura): draft, publish now, publish from a date, hide after a date; bad dates give
 * French errors with everything typed kept and nothing saved; the list says what is scheduled
 * and what is hidden again.
 */
@WebSliceTest(ProgrammeAdminController.class)
@Import({ ProgrammeService.class, Relations.class, bi.ppsm.site.codelist.Codelists.class, SectorFields.class,
		DryRun.class, RecordingTransactionManager.class, PublicPages.class, RelatedContent.class, Catalog.class,
		ProgrammeSchedulingAdminTests.FixedClock.class })
class ProgrammeSchedulingAdminTests {

	static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	@MockitoBean
	PublishedNews news;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	ZoneRepository zones;

	@MockitoBean
	OrganisationRepository organisations;

	@MockitoBean
	TargetGroupRepository targetGroups;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	bi.ppsm.site.redirect.Redirects redirects;

	@MockitoBean
	KeyResultRepository results;

	@Autowired
	MockMvcTester mvc;

	Programme programme;

	@BeforeEach
	void programme() throws Exception {
		this.programme = new Programme("rapatriement", "Rapatriement", "Résumé");
		ReflectionTestUtils.setField(this.programme, "id", 7L);
		this.programme.setVersion(3);
		org.mockito.BDDMockito.given(this.programmes.findById(7L)).willReturn(Optional.of(this.programme));
	}

	private MockMvcRequestBuilder save(String publication, String from, String until) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/admin/programmes/7")
			.with(csrf())
			.param("slug", "rapatriement")
			.param("name", "Rapatriement")
			.param("summary", "Mon texte garde")
			.param("version", "3")
			.param("publication", publication);
		if (from != null) {
			request = request.param("publishFrom", from);
		}
		if (until != null) {
			request = request.param("publishUntil", until);
		}
		return request;
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theFormOffersDraftNowOrADateAndAnEndDate() throws Exception {
		String html = this.mvc.get().uri("/admin/programmes/7").exchange().getResponse().getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("input[type=radio][name=publication]").eachAttr("value"))
			.containsExactly("DRAFT", "NOW", "AT_DATE");
		assertThat(page.select("input[name=publication][checked]").attr("value")).isEqualTo("DRAFT");
		assertThat(page.select("input[type=datetime-local][name=publishFrom]")).hasSize(1);
		assertThat(page.select("input[type=datetime-local][name=publishUntil]")).hasSize(1);
		assertThat(page.text()).contains("Public à partir du", "Masquer après");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aDateToComeSchedulesTheProgrammeInBujumburaTime() throws Exception {
		assertThat(save("AT_DATE", "2026-12-24T08:30", "2027-01-31T18:00")).hasStatus(HttpStatus.FOUND)
			.flash()
			.doesNotContainKey("flashPage");
		assertThat(this.programme.isPublished()).isTrue();
		assertThat(this.programme.getPublishFrom()).isEqualTo(Instant.parse("2026-12-24T06:30:00Z"));
		assertThat(this.programme.getPublishUntil()).isEqualTo(Instant.parse("2027-01-31T16:00:00Z"));
		assertThat(this.programme.isVisibleAt(NOW)).isFalse();
		assertThat(this.programme.isVisibleAt(Instant.parse("2026-12-24T06:30:00Z"))).isTrue();
		assertThat(this.programme.isVisibleAt(Instant.parse("2027-01-31T16:00:00Z"))).isFalse();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void publishNowHasNoStartAndLinksThePublicPage() throws Exception {
		this.programme.setPublishFrom(Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(save("NOW", "2027-01-01T02:00", null)).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flashPage", "/programmes/rapatriement");
		assertThat(this.programme.isPublished()).isTrue();
		assertThat(this.programme.getPublishFrom()).isNull();
		assertThat(this.programme.getPublishUntil()).isNull();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aDraftIsNotPublished() throws Exception {
		this.programme.setPublished(true);
		assertThat(save("DRAFT", null, null)).hasStatus(HttpStatus.FOUND);
		assertThat(this.programme.isPublished()).isFalse();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aMissingStartIsAFrenchErrorAndNothingIsSaved() throws Exception {
		assertThat(save("AT_DATE", null, "2027-01-31T18:00")).hasStatusOk()
			.hasViewName("admin/programme/form")
			.bodyText()
			.contains("Indiquez la date et l’heure de publication", "Mon texte garde", "2027-01-31T18:00");
		assertThat(this.programme.getSummary()).isEqualTo("Résumé");
		assertThat(this.programme.isPublished()).isFalse();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anUnreadableDateIsAFrenchErrorWithTheTextKept() throws Exception {
		assertThat(save("AT_DATE", "31/02/2026 25h", null)).hasStatusOk()
			.hasViewName("admin/programme/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("publishFrom");
		assertThat(save("NOW", null, "demain")).hasStatusOk()
			.bodyText()
			.contains("Cette date n’est pas valide", "demain", "Mon texte garde");
		assertThat(this.programme.getSummary()).isEqualTo("Résumé");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void hidingBeforeTheStartIsAFrenchError() throws Exception {
		String html = save("AT_DATE", "2026-12-24T08:30", "2026-12-24T08:30").exchange()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#publishUntil-erreurs").text())
			.isEqualTo("La fin de publication doit venir après la publication.");
		assertThat(page.select("input[name=publishFrom]").attr("value")).isEqualTo("2026-12-24T08:30");
		assertThat(page.select("input[name=publication][checked]").attr("value")).isEqualTo("AT_DATE");
		// "publish now" with an end already past: hidden at once, refused too
		assertThat(save("NOW", null, "2026-12-01T10:00")).hasStatusOk()
			.bodyText()
			.contains("La fin de publication doit venir après la publication.");
		assertThat(this.programme.isPublished()).isFalse();
		assertThat(this.programme.getPublishUntil()).isNull();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theListSaysWhatIsScheduledAndWhatIsHiddenAgain() throws Exception {
		Programme scheduled = programme(8L, "Programme à venir", true, "2026-12-24T06:30:00Z", null);
		Programme ended = programme(9L, "Programme terminé", true, "2026-01-01T00:00:00Z", "2026-11-30T16:00:00Z");
		Programme open = programme(10L, "Programme ouvert", true, null, "2027-06-01T00:00:00Z");
		Programme draft = programme(11L, "Programme brouillon", false, null, null);
		org.mockito.BDDMockito.given(this.programmes.findAll(org.mockito.ArgumentMatchers.any(
				org.springframework.data.domain.Pageable.class)))
			.willReturn(new org.springframework.data.domain.PageImpl<>(List.of(scheduled, ended, open, draft)));
		String html = this.mvc.get().uri("/admin/programmes").exchange().getResponse().getContentAsString();
		List<String> badges = Jsoup.parse(html).select("td .badge").eachText();
		assertThat(badges).containsExactly("Programmé : public le 24/12/2026 08:30", "Masqué depuis le 30/11/2026 18:00",
				"Publié", "Brouillon");
	}

	private static Programme programme(long id, String name, boolean published, String from, String until) {
		Programme p = new Programme("p" + id, name, "Résumé");
		ReflectionTestUtils.setField(p, "id", id);
		p.setPublished(published);
		p.setPublishFrom((from != null) ? Instant.parse(from) : null);
		p.setPublishUntil((until != null) ? Instant.parse(until) : null);
		return p;
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
