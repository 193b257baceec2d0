package bi.ppsm.site.programme;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.admin.DryRun;
import bi.ppsm.site.admin.RecordingTransactionManager;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.catalog.Catalog;
import bi.ppsm.site.catalog.PublicPages;
import bi.ppsm.site.catalog.RelatedContent;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ProgrammeAdminController.class)
@Import({ ProgrammeService.class, Relations.class, bi.ppsm.site.codelist.Codelists.class, SectorFields.class, DryRun.class, RecordingTransactionManager.class, PublicPages.class, RelatedContent.class,
		Catalog.class })
class ProgrammeAdminControllerTests {

	/** The news blocks of the public pages (none here). */
	@MockitoBean
	PublishedNews news;

	@Autowired
	MockMvcTester mvc;

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
	RecordingTransactionManager transactions;

	Programme programme;

	@BeforeEach
	void programme() {
		this.programme = new Programme("rapatriement", "Rapatriement", "Résumé");
		ReflectionTestUtils.setField(this.programme, "id", 7L);
		this.programme.setVersion(3);
		given(this.programmes.findById(7L)).willReturn(Optional.of(this.programme));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorSeesTheEditForm() {
		assertThat(this.mvc.get().uri("/admin/programmes/7")).hasStatusOk()
			.hasViewName("admin/programme/form")
			.bodyText()
			.contains("Rapatriement", "name=\"version\"", "value=\"3\"", "_csrf")
			.satisfies(html -> assertThat(org.jsoup.Jsoup.parse(html).select("[name=cardText], [name=summary]"))
				.as("each field once").hasSize(2));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrorsAndKeepsTheText() {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/7")
			.with(csrf())
			.param("slug", "Pas Un Slug")
			.param("name", "")
			.param("summary", "Mon texte")
			.param("version", "3")).hasStatusOk()
			.hasViewName("admin/programme/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("slug", "name");
		assertThat(this.mvc.post()
			.uri("/admin/programmes/7")
			.with(csrf())
			.param("slug", "rapatriement")
			.param("name", "")
			.param("summary", "Mon texte garde")
			.param("version", "3")).bodyText().contains("Mon texte garde", "Ce champ est obligatoire.");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void staleVersionIsRefusedWithTheTextKept() {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/7")
			.with(csrf())
			.param("slug", "rapatriement")
			.param("name", "Rapatriement")
			.param("summary", "Ma nouvelle version")
			.param("version", "2")).hasStatusOk()
			.hasViewName("admin/programme/form")
			.bodyText()
			.contains("Ma nouvelle version", "Quelqu’un d’autre a modifié cette fiche");
		assertThat(this.programme.getSummary()).isEqualTo("Résumé");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void validSaveRedirectsWithFlashAndAudits() {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/7")
			.with(csrf())
			.param("slug", "rapatriement")
			.param("name", "Rapatriement des réfugiés")
			.param("summary", "Résumé")
			.param("version", "3")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/programmes/7")
			.flash()
			.containsEntry("flash", "admin.flash.saved.programme")
			.containsEntry("flashName", "Rapatriement des réfugiés")
			.containsEntry("flashList", "/admin/programmes")
			.doesNotContainKey("flashPage");
		assertThat(this.programme.getName()).isEqualTo("Rapatriement des réfugiés");
		verify(this.audit).record(eq("UPDATE"), eq("programme"), eq(7L), any(), anyList());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void unknownProgrammeIsNotFound() {
		assertThat(this.mvc.get().uri("/admin/programmes/99")).hasStatus(HttpStatus.NOT_FOUND);
	}

	/** Programmes numbered from {@code from}, in their order. */
	private static java.util.List<Programme> programmes(int from, int to) {
		java.util.List<Programme> list = new java.util.ArrayList<>();
		for (int i = from; i < to; i++) {
			Programme p = new Programme("programme-" + i, "Programme " + i, "Résumé");
			ReflectionTestUtils.setField(p, "id", 100L + i);
			list.add(p);
		}
		return list;
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theListIsPagedByTwentyFiveInTheProgrammesOrderWithTheMoveButtons() {
		PageRequest second = PageRequest.of(1, 25, Sort.by("position", "id"));
		given(this.programmes.findAll(second)).willReturn(new PageImpl<>(programmes(25, 50), second, 60));
		assertThat(this.mvc.get().uri("/admin/programmes?page=1")).hasStatusOk()
			.hasViewName("admin/programme/list")
			.bodyText()
			.contains("Programme 25", "Programme 49", "Page 2 sur 3", "href=\"/admin/programmes?q=&amp;page=0\"",
					"href=\"/admin/programmes?q=&amp;page=2\"", "action=\"/admin/programmes/125/monter\"",
					"action=\"/admin/programmes/149/descendre\"", "name=\"q\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aSearchOnTheNameKeepsItsTextInThePagerAndHidesTheMoveButtons() {
		PageRequest first = PageRequest.of(0, 25, Sort.by("position", "id"));
		given(this.programmes.findByNameContainingIgnoreCase("rapat", first))
			.willReturn(new PageImpl<>(programmes(0, 25), first, 30));
		assertThat(this.mvc.get().uri("/admin/programmes").param("q", " rapat ")).hasStatusOk()
			.bodyText()
			.contains("value=\"rapat\"", "Page 1 sur 2", "href=\"/admin/programmes?q=rapat&amp;page=1\"",
					"L’ordre se change depuis la liste complète")
			.doesNotContain("/monter", "/descendre");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aSearchFindingNothingSaysSo() {
		given(this.programmes.findByNameContainingIgnoreCase(eq("zzz"), any()))
			.willReturn(new PageImpl<>(java.util.List.of(), PageRequest.of(0, 25), 0));
		assertThat(this.mvc.get().uri("/admin/programmes?q=zzz")).hasStatusOk()
			.bodyText()
			.contains("Rien pour l’instant.")
			.doesNotContain("<table");
	}

}
