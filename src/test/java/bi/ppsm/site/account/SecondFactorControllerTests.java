package bi.ppsm.site.account;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(SecondFactorController.class)
class SecondFactorControllerTests {

	static final String LOGIN = "admin@ppsm.bi";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	StaffAccountRepository accounts;

	@MockitoBean
	SecondFactors secondFactors;

	@MockitoBean
	LoginThrottle throttle;

	@BeforeEach
	void account() {
		StaffAccount account = new StaffAccount(LOGIN, "Admin", StaffRole.ADMINISTRATOR, "{noop}x");
		ReflectionTestUtils.setField(account, "id", 7L);
		given(this.accounts.findByLogin(LOGIN)).willReturn(Optional.of(account));
	}

	/** Signed in with the right password, the code still to give. */
	static RequestPostProcessor halfSignedIn() {
		return SecurityMockMvcRequestPostProcessors.user(LOGIN)
			.authorities(() -> "ROLE_ADMINISTRATOR", () -> SecondFactorGate.CODE_PENDING);
	}

	@Test
	void aVisitorIsSentToTheSignInPage() {
		assertThat(this.mvc.get().uri("/admin/second-facteur")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void theCodePageAsksForTheCode() {
		assertThat(this.mvc.get().uri("/admin/second-facteur").with(halfSignedIn())).hasStatusOk()
			.hasViewName("second-factor")
			.hasHeader("Cache-Control", "no-store")
			.bodyText()
			.contains("Code de vérification", "autocomplete=\"one-time-code\"", "codes de secours")
			.doesNotContain("role=\"search\"");
	}

	@Test
	void someoneFullySignedInHasNothingToDoThere() {
		assertThat(this.mvc.get().uri("/admin/second-facteur").with(SecurityMockMvcRequestPostProcessors.user(LOGIN)
			.roles("ADMINISTRATOR"))).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
	}

	@Test
	void halfSignedInIsSentBackToTheCodePageFromAnyOtherAdminPage() {
		assertThat(this.mvc.get().uri("/admin").with(halfSignedIn())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/second-facteur");
		assertThat(this.mvc.post().uri("/admin/comptes/1").with(halfSignedIn()).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/second-facteur");
	}

	@Test
	void aWrongCodeIsRefusedAndCounted() {
		given(this.secondFactors.verify(7L, "123456")).willReturn(false);
		assertThat(this.mvc.post()
			.uri("/admin/second-facteur")
			.with(halfSignedIn())
			.with(csrf())
			.with(r -> { r.setRemoteAddr("10.1.2.3"); return r; })
			.param("code", "123456")).hasStatusOk()
			.hasViewName("second-factor")
			.bodyText()
			.contains("Ce code n’est pas valable");
		verify(this.throttle).failed(LOGIN, "10.1.2.3");
	}

	@Test
	void anEmptyCodeIsAFieldError() {
		assertThat(this.mvc.post().uri("/admin/second-facteur").with(halfSignedIn()).with(csrf()).param("code", " "))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("code");
		verify(this.secondFactors, never()).verify(anyLong(), anyString());
	}

	@Test
	void whileThrottledNoCodeIsEvenChecked() {
		given(this.throttle.isBlocked(LOGIN, "127.0.0.1")).willReturn(true);
		assertThat(this.mvc.post().uri("/admin/second-facteur").with(halfSignedIn()).with(csrf()).param("code", "123456"))
			.hasStatusOk()
			.bodyText()
			.contains("Trop de tentatives");
		verify(this.secondFactors, never()).verify(anyLong(), anyString());
	}

	@Test
	void theRightCodeCompletesTheSignIn() {
		given(this.secondFactors.verify(7L, "654321")).willReturn(true);
		assertThat(this.mvc.post().uri("/admin/second-facteur").with(halfSignedIn()).with(csrf()).param("code", "654321"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin");
		verify(this.throttle).succeeded(LOGIN);
	}

	@Test
	void aRecoveryCodeSaysHowManyAreLeft() {
		given(this.secondFactors.verify(7L, "abcde-fghij")).willReturn(true);
		given(this.secondFactors.recoveryCodesLeft(7L)).willReturn(9);
		assertThat(this.mvc.post()
			.uri("/admin/second-facteur")
			.with(halfSignedIn())
			.with(csrf())
			.param("code", "abcde-fghij")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin")
			.flash()
			.containsEntry("flash", "account.secondFactor.recoveryUsed")
			.containsEntry("flashName", "9");
	}

}
