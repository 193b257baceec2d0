package bi.ppsm.site.project;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.SchedulingSlice;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The publication fields of the project form on a fixed clock (2026-12-01 09:00 UTC, 11:00 in
 * Bujumbura): a new project scheduled, then hidden after a date; bad dates give French errors
 * with everything typed kept and nothing saved; the list says what is scheduled or hidden.
 */
@WebSliceTest(ProjectAdminController.class)
@Import(ProjectService.class)
class ProjectSchedulingAdminTests extends SchedulingSlice {

	Programme programme;

	@BeforeEach
	void programme() throws Exception {
		this.programme = programme(1L, "rapatriement", "Rapatriement");
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
		return send("/admin/projets/nouveau", publication, from, until, "programme", "1", "slug", "appui-retour",
				"name", "Appui au retour", "status", "ONGOING", "description", "Ma description gardée", "version", "0");
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

}

