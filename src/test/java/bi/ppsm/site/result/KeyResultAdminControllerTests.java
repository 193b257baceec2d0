package bi.ppsm.site.result;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(KeyResultAdminController.class)
@Import(KeyResultService.class)
class KeyResultAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	KeyResultRepository keyResultRepository;

	@MockitoBean
	ProgrammeRepository programmeRepository;

	@MockitoBean
	ProjectRepository projectRepository;

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/resultats")).hasStatusOk().hasViewName("admin/result/list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/resultats/nouveau").with(csrf())
			.param("statement", "")
			.param("achievedValue", "-1")).hasStatusOk()
			.hasViewName("admin/result/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("programme", "statement", "achievedValue");
		verifyNoInteractions(this.audit);
	}

}
