package bi.ppsm.site.account;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(SecondFactorEnrolmentController.class)
@WithMockUser(username = SecondFactorEnrolmentControllerTests.LOGIN, roles = "EDITOR")
class SecondFactorEnrolmentControllerTests {

	static final String LOGIN = "redaction@ppsm.bi";

	static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	static final List<String> CODES = List.of("aaaaa-bbbbb", "ccccc-ddddd");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	StaffAccountRepository accounts;

	@MockitoBean
	SecondFactors secondFactors;

	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void account() {
		StaffAccount account = new StaffAccount(LOGIN, "Rédaction", StaffRole.EDITOR, "{noop}x");
		ReflectionTestUtils.setField(account, "id", 8L);
		given(this.accounts.findByLogin(LOGIN)).willReturn(Optional.of(account));
	}

	/** A session where the enrolment page already put its secret. */
	static MockHttpSession shown() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SecondFactorEnrolmentController.PENDING_SECRET, SECRET);
		return session;
	}

	@Test
	void aNewSecretWaitsInTheSessionAndStaysTheSameOnReload() {
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur").session(session)).hasStatusOk();
		String secret = (String) session.getAttribute(SecondFactorEnrolmentController.PENDING_SECRET);
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur").session(session)).bodyText()
			.contains(Totp.grouped(secret));
		verifyNoInteractions(this.audit);
	}

	@Test
	void theEnrolmentPageShowsTheSecretAsQrCodeAndAsGroupedText() {
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur").session(shown())).hasStatusOk()
			.hasViewName("admin/account/second-factor")
			.hasHeader("Cache-Control", "no-store")
			.bodyText()
			.contains("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", "<svg class=\"qr-code\"", "<path fill=\"#000\" d=\"M4 4h1v1h-1z",
					"autocomplete=\"one-time-code\"")
			.doesNotContain("style=", "<script>");
	}

	@Test
	void aWrongFirstCodeKeepsTheSameSecretOnThePage() {
		given(this.secondFactors.enrol(8L, SECRET, "000000")).willReturn(Optional.empty());
		assertThat(this.mvc.post().uri("/admin/compte/second-facteur").session(shown()).with(csrf()).param("code", "000000"))
			.hasStatusOk()
			.hasViewName("admin/account/second-factor")
			.bodyText()
			.contains("Ce code n’est pas valable", "GEZD GNBV");
		verifyNoInteractions(this.audit);
	}

	@Test
	void aBlankCodeIsAFieldErrorAndConfirmsNothing() {
		assertThat(this.mvc.post().uri("/admin/compte/second-facteur").with(csrf()).param("code", ""))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("code");
		verify(this.secondFactors, never()).enrol(anyLong(), anyString(), anyString());
	}

	@Test
	void theRightFirstCodeShowsTheRecoveryCodesOnceAndIsAudited() {
		given(this.secondFactors.enrol(8L, SECRET, "123456")).willReturn(Optional.of(CODES));
		MockHttpSession session = shown();
		assertThat(this.mvc.post().uri("/admin/compte/second-facteur").session(session).with(csrf()).param("code", "123456"))
			.hasStatusOk()
			.hasViewName("admin/account/recovery-codes")
			.bodyText()
			.contains("aaaaa-bbbbb", "ccccc-ddddd", "ne seront plus jamais affichés");
		verify(this.audit).record(eq("SECOND_FACTOR"), eq("account"), eq(8L), eq(LOGIN), anyList());
		assertThat(session.getAttribute(SecondFactorEnrolmentController.PENDING_SECRET)).isNull();
	}

	@Test
	void onceEnrolledTheSecretIsNeverShownAgain() {
		given(this.secondFactors.enrolled(8L)).willReturn(true);
		given(this.secondFactors.recoveryCodesLeft(8L)).willReturn(7);
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur")).hasStatusOk()
			.bodyText()
			.contains("Le second facteur est activé", "Codes de secours encore utilisables : 7")
			.doesNotContain("GEZD", "<svg class=\"qr-code\"");
		assertThat(this.mvc.post().uri("/admin/compte/second-facteur").session(shown()).with(csrf()).param("code", "123456"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/compte/second-facteur");
		verify(this.secondFactors, never()).enrol(anyLong(), anyString(), anyString());
	}

	@Test
	void newRecoveryCodesNeedACurrentCode() {
		given(this.secondFactors.enrolled(8L)).willReturn(true);
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur/codes-de-secours")).hasStatusOk()
			.hasViewName("admin/account/recovery-form");
		assertThat(this.mvc.post().uri("/admin/compte/second-facteur/codes-de-secours").with(csrf()).param("code", "999999"))
			.hasStatusOk()
			.hasViewName("admin/account/recovery-form")
			.bodyText()
			.contains("Ce code n’est pas valable");
		verify(this.secondFactors, never()).newRecoveryCodes(anyLong());

		given(this.secondFactors.verifyOneTimeCode(8L, "123456")).willReturn(true);
		given(this.secondFactors.newRecoveryCodes(8L)).willReturn(CODES);
		assertThat(this.mvc.post().uri("/admin/compte/second-facteur/codes-de-secours").with(csrf()).param("code", "123456"))
			.hasStatusOk()
			.hasViewName("admin/account/recovery-codes")
			.bodyText()
			.contains("aaaaa-bbbbb");
		verify(this.audit).record(eq("RECOVERY_CODES"), eq("account"), eq(8L), eq(LOGIN), anyList());
	}

	@Test
	void withoutASecondFactorThereIsNoRecoveryCodeToRenew() {
		assertThat(this.mvc.post().uri("/admin/compte/second-facteur/codes-de-secours").with(csrf()).param("code", "123456"))
			.hasStatusOk()
			.bodyText()
			.contains("Aucun second facteur n’est configuré");
	}

	@Test
	void someoneWhoMustEnrolCanOpenNothingElse() {
		var mustEnrol = SecurityMockMvcRequestPostProcessors.user(LOGIN)
			.authorities(() -> "ROLE_ADMINISTRATOR", () -> SecondFactorGate.ENROLMENT_PENDING);
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur").with(mustEnrol)).hasStatusOk()
			.bodyText()
			.contains("Votre rôle exige un second facteur");
		for (String other : new String[] { "/admin", "/admin/programmes", "/admin/mot-de-passe",
				"/admin/compte/second-facteur/codes-de-secours", "/admin/second-facteur" }) {
			assertThat(this.mvc.get().uri(other).with(mustEnrol)).as(other)
				.hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/admin/compte/second-facteur");
		}
	}

	@Test
	void aVisitorIsSentToTheSignInPage() {
		assertThat(this.mvc.get().uri("/admin/compte/second-facteur").with(SecurityMockMvcRequestPostProcessors.anonymous()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

}
