package bi.ppsm.site.zone;

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

@WebSliceTest(ZoneAdminController.class)
class ZoneAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	ZoneRepository zoneRepository;

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/zones")).hasStatusOk().hasViewName("admin/ordered-list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/zones/nouveau").with(csrf())
			.param("slug", "Pas Un Slug")
			.param("name", "")
			.param("kind", "PROVINCE")).hasStatusOk()
			.hasViewName("admin/zone/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("slug", "name");
		verifyNoInteractions(this.audit);
	}

}
