package bi.ppsm.site.account;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest({ PasswordController.class, LoginController.class })
class PasswordControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	StaffAccountRepository accounts;

	@MockitoBean
	PasswordEncoder encoder;

	@MockitoBean
	AuditLog audit;

	@Test
	void loginPageIsOpen() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().hasViewName("login");
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void everyRoleMayChangeItsPassword() {
		assertThat(this.mvc.get().uri("/admin/mot-de-passe")).hasStatusOk().hasViewName("admin/account/password");
	}

	@Test
	@WithMockUser(username = "a@test.bi", roles = "EDITOR")
	void wrongCurrentShortAndMismatchedPasswordsRerender() {
		given(this.accounts.findByLogin("a@test.bi"))
			.willReturn(Optional.of(new StaffAccount("a@test.bi", "A", StaffRole.EDITOR, "{noop}x")));
		assertThat(this.mvc.post()
			.uri("/admin/mot-de-passe")
			.with(csrf())
			.param("current", "faux")
			.param("password", "court")
			.param("confirmation", "autre")).hasStatusOk()
			.hasViewName("admin/account/password")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("current", "password", "confirmation");
		verifyNoInteractions(this.audit);
	}

}
