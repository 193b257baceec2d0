package bi.ppsm.site.account;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * With {@code PPSM_MFA_REQUIRED=false} (as the test configuration sets it, like the automated
 * checks): an administrator without a second factor signs in with the password alone, and the
 * dashboard says the second factor is not required. Whoever enrolled still gives their code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecondFactorNotRequiredFullStackTests {

	static final String PASSWORD = "une phrase de passe solide";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	SecondFactors secondFactors;

	StaffAccount admin;

	@BeforeEach
	void admin() {
		this.admin = this.accounts.save(new StaffAccount("sans-mfa" + System.nanoTime() + "@test.bi", "Admin",
				StaffRole.ADMINISTRATOR, this.encoder.encode(PASSWORD)));
	}

	@AfterEach
	void cleanUp() {
		this.throttle.reset(this.admin.getEmail(), "127.0.0.1");
		this.accounts.deleteById(this.admin.getId());
	}

	Cookie signIn() {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", this.admin.getEmail())
			.param("password", PASSWORD)
			.exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		return SignInFullStackTests.sessionOf(login);
	}

	@Test
	void noSecondStepAndTheDashboardWarnsThatItIsNotRequired() {
		Cookie session = signIn();
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Le second facteur n’est pas exigé (PPSM_MFA_REQUIRED=false)");
		assertThat(this.mvc.get().uri("/admin/comptes").cookie(session)).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/messages").cookie(session)).hasStatusOk();
	}

	@Test
	void whoeverEnrolledStillGivesTheirCode() {
		String secret = Totp.newSecret();
		assertThat(this.secondFactors.enrol(this.admin.getId(), secret, Totp.code(secret, Totp.step(java.time.Instant.now()))))
			.isPresent();
		Cookie session = signIn();
		assertThat(this.mvc.get().uri("/admin/comptes").cookie(session)).hasRedirectedUrl("/admin/second-facteur");
	}

}
