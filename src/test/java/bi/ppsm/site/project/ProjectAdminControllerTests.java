package bi.ppsm.site.project;

import java.util.Optional;

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

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ProjectAdminController.class)
@Import({ ProjectService.class, Relations.class })
class ProjectAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

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
	ProjectKeyResults keyResults;

	@BeforeEach
	void stubs() {
		given(this.projectRepository.findAll(any(Pageable.class))).willReturn(Page.empty());
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
	void editPageLinksToThePhasesAndToTheProjectsKeyResultsWithTheirNumbers() {
		Programme programme = new Programme("p", "P", "R");
		ReflectionTestUtils.setField(programme, "id", 3L);
		Project project = new Project(programme, "projet", "Projet", ProjectStatus.ONGOING);
		ReflectionTestUtils.setField(project, "id", 5L);
		project.getPhases().add(new ProjectPhase(project, "Phase I", ProjectStatus.FINISHED, 1));
		project.getPhases().add(new ProjectPhase(project, "Phase II", ProjectStatus.ONGOING, 2));
		given(this.projectRepository.findById(5L)).willReturn(Optional.of(project));
		given(this.keyResults.countByProjectId(5L)).willReturn(4L);
		assertThat(this.mvc.get().uri("/admin/projets/5")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/admin/projets/5/phases\">Phases (2)</a>",
					"<a href=\"/admin/resultats?programme=3&amp;projet=5\">Résultats clés (4)</a>");
	}

}
