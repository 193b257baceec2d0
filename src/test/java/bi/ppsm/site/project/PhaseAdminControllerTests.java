package bi.ppsm.site.project;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(PhaseAdminController.class)
class PhaseAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	ProjectPhaseRepository phases;

	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void project() {
		Project project = new Project(new Programme("p", "P", "R"), "projet", "Projet", ProjectStatus.ONGOING);
		ReflectionTestUtils.setField(project, "id", 5L);
		given(this.projects.findById(5L)).willReturn(Optional.of(project));
		ProjectPhase phase = new ProjectPhase(project, "Phase I", ProjectStatus.FINISHED, 1);
		ReflectionTestUtils.setField(phase, "id", 20L);
		given(this.phases.findByProjectOrderByPosition(project)).willReturn(List.of(phase));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorSeesThePhases() {
		assertThat(this.mvc.get().uri("/admin/projets/5/phases")).hasStatusOk()
			.hasViewName("admin/project/phases")
			.bodyText()
			.contains("Phase I", "Terminé");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post()
			.uri("/admin/projets/5/phases")
			.with(csrf())
			.param("name", "")
			.param("status", "ONGOING")
			.param("startYear", "2024")
			.param("endYear", "2020")).hasStatusOk()
			.hasViewName("admin/project/phases")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("name", "endYear");
		verifyNoInteractions(this.audit);
	}

}
