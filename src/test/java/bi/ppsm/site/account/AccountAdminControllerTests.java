package bi.ppsm.site.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(AccountAdminController.class)
class AccountAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	StaffAccountRepository staffAccountRepository;

	@MockitoBean
	PasswordEncoder passwordEncoder;

	@Test
	void anonymousIsSentToLogin() {
		assertThat(this.mvc.get().uri("/admin/comptes")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void wrongRoleIsForbidden() {
		assertThat(this.mvc.get().uri("/admin/comptes")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/comptes")).hasStatusOk().hasViewName("admin/account/list");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void postWithoutCsrfIsRefused() {
		assertThat(this.mvc.post().uri("/admin/comptes/nouveau")
			.param("email", "pas-une-adresse")
			.param("displayName", "")
			.param("role", "EDITOR")
			.param("password", "court")).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/comptes/nouveau").with(csrf())
			.param("email", "pas-une-adresse")
			.param("displayName", "")
			.param("role", "EDITOR")
			.param("password", "court")).hasStatusOk()
			.hasViewName("admin/account/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("email", "displayName", "password");
		verifyNoInteractions(this.audit);
	}

}
