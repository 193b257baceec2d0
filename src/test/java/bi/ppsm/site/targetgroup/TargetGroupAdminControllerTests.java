package bi.ppsm.site.targetgroup;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(TargetGroupAdminController.class)
class TargetGroupAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	TargetGroupRepository targetGroupRepository;

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/groupes-cibles")).hasStatusOk().hasViewName("admin/ordered-list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/groupes-cibles/nouveau").with(csrf())
			.param("name", "")).hasStatusOk()
			.hasViewName("admin/targetgroup/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("name");
		verifyNoInteractions(this.audit);
	}

}
