package bi.ppsm.site.zone;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
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
	void anonymousIsSentToLogin() {
		assertThat(this.mvc.get().uri("/admin/zones")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void wrongRoleIsForbidden() {
		assertThat(this.mvc.get().uri("/admin/zones")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/zones")).hasStatusOk().hasViewName("admin/ordered-list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void postWithoutCsrfIsRefused() {
		assertThat(this.mvc.post().uri("/admin/zones/nouveau")
			.param("slug", "Pas Un Slug")
			.param("name", "")
			.param("kind", "PROVINCE")).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(this.audit);
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
