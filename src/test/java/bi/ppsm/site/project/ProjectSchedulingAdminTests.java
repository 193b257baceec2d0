package bi.ppsm.site.project;

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
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
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
import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.programme.SectorFields;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The publication fields of the project form on a fixed clock (2026-12-01 09:00 UTC, 11:00 in
 * Bujumbura): a new project scheduled, then hidden after a date; bad dates give French errors
 * with everything typed kept and nothing saved; the list says what is scheduled or hidden.
 */
@WebSliceTest(ProjectAdminController.class)
@Import({ ProjectService.class, Relations.class, Codelists.class, SectorFields.class, DryRun.class,
		RecordingTransactionManager.class, PublicPages.class, RelatedContent.class, Catalog.class,
		ProjectSchedulingAdminTests.FixedClock.class })
class ProjectSchedulingAdminTests {

	static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	@MockitoBean
	PublishedNews news;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	bi.ppsm.site.redirect.Redirects redirects;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ZoneRepository zones;

	@MockitoBean
	OrganisationRepository organisations;

	@MockitoBean
	TargetGroupRepository targetGroups;

	@MockitoBean
	KeyResultRepository keyResults;

	@Autowired
	MockMvcTester mvc;

	Programme programme;

	@BeforeEach
	void programme() throws Exception {
		this.programme = new Programme("rapatriement", "Rapatriement", "Résumé");
		ReflectionTestUtils.setField(this.programme, "id", 1L);
		this.programme.setPublished(true);
		given(this.programmes.findAllByOrderByPosition()).willReturn(List.of(this.programme));
		given(this.programmes.findById(1L)).willReturn(Optional.of(this.programme));
		given(this.projects.save(any(Project.class))).willAnswer(call -> {
			Project saved = call.getArgument(0);
			ReflectionTestUtils.setField(saved, "id", 5L);
			return saved;
		});
	}

	private MockMvcRequestBuilder create(String publication, String from, String until) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/admin/projets/nouveau")
			.with(csrf())
			.param("programme", "1")
			.param("slug", "appui-retour")
			.param("name", "Appui au retour")
			.param("status", "ONGOING")
			.param("description", "Ma description gardée")
			.param("version", "0")
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
	void aNewProjectStartsAsADraftWithTheScheduleFields() throws Exception {
		var page = Jsoup.parse(this.mvc.get().uri("/admin/projets/nouveau").exchange().getResponse().getContentAsString());
		assertThat(page.select("input[name=publication][checked]").attr("value")).isEqualTo("DRAFT");
		assertThat(page.select("input[type=datetime-local][name=publishFrom]")).hasSize(1);
		assertThat(page.select("input[type=datetime-local][name=publishUntil]")).hasSize(1);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aScheduledProjectIsSavedWithItsDatesAndNoPublicLinkYet() throws Exception {
		assertThat(create("AT_DATE", "2026-12-02T07:00", "2027-12-31T23:59")).hasStatus(HttpStatus.FOUND)
			.flash()
			.doesNotContainKey("flashPage");
		org.mockito.ArgumentCaptor<Project> saved = org.mockito.ArgumentCaptor.forClass(Project.class);
		verify(this.projects).save(saved.capture());
		Project project = saved.getValue();
		assertThat(project.isPublished()).isTrue();
		assertThat(project.getPublishFrom()).isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
		assertThat(project.getPublishUntil()).isEqualTo(Instant.parse("2027-12-31T21:59:00Z"));
		assertThat(project.isVisibleAt(NOW)).isFalse();
		assertThat(project.isVisibleAt(Instant.parse("2026-12-02T05:00:00Z"))).isTrue();
		// a project is public only while its programme is
		this.programme.setPublishUntil(Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(project.isVisibleAt(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void badDatesAreFrenchErrorsWithNothingLostAndNothingSaved() throws Exception {
		String html = create("AT_DATE", "2027-01-10T10:00", "2027-01-09T10:00").exchange()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#publishUntil-erreurs").text())
			.isEqualTo("La fin de publication doit venir après la publication.");
		assertThat(page.select("input[name=publishFrom]").attr("value")).isEqualTo("2027-01-10T10:00");
		assertThat(page.select("input[name=publishUntil]").attr("value")).isEqualTo("2027-01-09T10:00");
		assertThat(page.select("textarea[name=description]").text()).isEqualTo("Ma description gardée");
		assertThat(create("AT_DATE", "", null)).hasStatusOk()
			.bodyText()
			.contains("Indiquez la date et l’heure de publication");
		assertThat(create("AT_DATE", "le 3 janvier", null)).hasStatusOk()
			.bodyText()
			.contains("Cette date n’est pas valide", "le 3 janvier");
		verify(this.projects, never()).save(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theListSaysWhatIsScheduledAndWhatIsHidden() throws Exception {
		Project scheduled = project(6L, "Projet à venir", "2026-12-24T06:30:00Z", null);
		Project hidden = project(7L, "Projet masqué", null, "2026-12-01T08:59:00Z");
		given(this.projects.findAll(any(Pageable.class))).willReturn(new PageImpl<>(List.of(scheduled, hidden)));
		var page = Jsoup.parse(this.mvc.get().uri("/admin/projets").exchange().getResponse().getContentAsString());
		assertThat(page.select("td .badge").eachText()).containsExactly("Programmé : public le 24/12/2026 08:30",
				"Masqué depuis le 01/12/2026 10:59");
	}

	private Project project(long id, String name, String from, String until) {
		Project p = new Project(this.programme, "p" + id, name, ProjectStatus.ONGOING);
		ReflectionTestUtils.setField(p, "id", id);
		p.setPublished(true);
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
