package bi.ppsm.site.project;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.programme.SectorFields;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ProjectAdminController.class)
@Import({ ProjectService.class, Relations.class, Codelists.class, SectorFields.class, DryRun.class, RecordingTransactionManager.class, PublicPages.class, RelatedContent.class,
		Catalog.class })
class ProjectAdminControllerTests {

	/** The news blocks of the public pages (none here). */
	@MockitoBean
	PublishedNews news;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	bi.ppsm.site.redirect.Redirects redirects;

	@MockitoBean
	ProjectRepository projectRepository;

	@MockitoBean
	ProgrammeRepository programmeRepository;

	@MockitoBean
	ZoneRepository zoneRepository;

	@MockitoBean
	OrganisationRepository organisationRepository;

	@MockitoBean
	TargetGroupRepository targetGroupRepository;

	@MockitoBean
	KeyResultRepository keyResultRepository;

	@Autowired
	RecordingTransactionManager transactions;

	@BeforeEach
	void stubs() {
		given(this.projectRepository.findAll(any(Pageable.class))).willReturn(Page.empty());
		Programme rapatriement = new Programme("rapatriement", "Rapatriement", "Résumé");
		ReflectionTestUtils.setField(rapatriement, "id", 1L);
		Programme reintegration = new Programme("reintegration", "Réintégration", "Résumé");
		ReflectionTestUtils.setField(reintegration, "id", 2L);
		given(this.programmeRepository.findAllByOrderByPosition()).willReturn(List.of(rapatriement, reintegration));
		given(this.programmeRepository.findById(1L)).willReturn(Optional.of(rapatriement));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/projets")).hasStatusOk().hasViewName("admin/project/list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void formHasEachFieldOnce() {
		assertThat(this.mvc.get().uri("/admin/projets/nouveau")).hasStatusOk()
			.bodyText()
			.satisfies(html -> assertThat(org.jsoup.Jsoup.parse(html).select("select[name=programme], select[name=status]"))
				.hasSize(2));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/projets/nouveau").with(csrf())
			.param("slug", "projet")
			.param("name", "")
			.param("status", "ONGOING")).hasStatusOk()
			.hasViewName("admin/project/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("name", "programme");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void newProjectStartsWithoutAProgrammeOrStatusAndRequiresThem() throws Exception {
		Document page = Jsoup.parse(this.mvc.get().uri("/admin/projets/nouveau").exchange().getResponse()
			.getContentAsString());
		assertThat(page.select("select[name=programme][required][aria-required=true]")).hasSize(1);
		assertThat(page.select("select[name=programme] option").eachText()).containsExactly(
				"— Choisir un programme —", "Rapatriement", "Réintégration");
		assertThat(page.select("select[name=programme] option[selected]")).isEmpty();
		assertThat(page.select("select[name=programme] option").first().val()).isEmpty();
		assertThat(page.select("label[for=programme] .required-mark")).hasSize(1);
		assertThat(page.select("select[name=status][required] option").first().text()).isEqualTo("— Choisir —");
		assertThat(page.select("select[name=status] option[selected]")).as("no silent status").isEmpty();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void previewOfANewProjectShowsItsPublicPageAndSavesNothing() {
		assertThat(this.mvc.post()
			.uri("/admin/projets/nouveau/apercu")
			.with(csrf())
			.param("programme", "1")
			.param("slug", "retour-au-pays")
			.param("name", "Retour au pays")
			.param("status", "ONGOING")
			.param("description", "Une *description* à relire")
			.param("version", "0")).hasStatusOk()
			.hasViewName("projects/show")
			.bodyText()
			.contains("Retour au pays", "<em>description</em>", "Aperçu — non enregistré.",
					"action=\"/admin/projets/nouveau/apercu\"");
		verifyNoInteractions(this.audit);
		verify(this.projectRepository, never()).save(any());
		assertThat(this.transactions.commits()).isZero();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void previewWithoutAProgrammeShowsTheFormWithItsError() {
		assertThat(this.mvc.post()
			.uri("/admin/projets/nouveau/apercu")
			.with(csrf())
			.param("slug", "retour-au-pays")
			.param("name", "Retour au pays")
			.param("status", "ONGOING")
			.param("version", "0")).hasStatusOk()
			.hasViewName("admin/project/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("programme");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editPageLinksToThePhasesAndToTheProjectsKeyResultsWithTheirNumbers() {
		Programme programme = new Programme("p", "P", "R");
		ReflectionTestUtils.setField(programme, "id", 3L);
		Project project = new Project(programme, "projet", "Projet", ProjectStatus.ONGOING);
		ReflectionTestUtils.setField(project, "id", 5L);
		project.getPhases().add(new ProjectPhase(project, "Phase I", ProjectStatus.FINISHED, 1));
		project.getPhases().add(new ProjectPhase(project, "Phase II", ProjectStatus.ONGOING, 2));
		given(this.projectRepository.findById(5L)).willReturn(Optional.of(project));
		given(this.keyResultRepository.countByProjectId(5L)).willReturn(4L);
		assertThat(this.mvc.get().uri("/admin/projets/5")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/admin/projets/5/phases\">Phases (2)</a>",
					"<a href=\"/admin/resultats?programme=3&amp;projet=5\">Résultats clés (4)</a>");
	}

}
