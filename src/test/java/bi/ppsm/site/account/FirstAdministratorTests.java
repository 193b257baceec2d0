package bi.ppsm.site.account;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.system.PpsmProperties;
import bi.ppsm.site.system.TestSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class FirstAdministratorTests {

	final StaffAccountRepository accounts = mock(StaffAccountRepository.class);

	final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	static PpsmProperties settings(String email, String password) {
		return TestSettings.of("ppsm.admin.email=" + email, "ppsm.admin.password=" + password);
	}

	StaffAccount created(String email, String password) {
		new FirstAdministrator(this.accounts, this.encoder, settings(email, password)).run(null);
		ArgumentCaptor<StaffAccount> saved = ArgumentCaptor.forClass(StaffAccount.class);
		verify(this.accounts).save(saved.capture());
		return saved.getValue();
	}

	@Test
	void withoutPasswordARandomOneMustBeChangedAtFirstSignIn() {
		StaffAccount admin = created(" Admin@PPSM.bi ", "");
		assertThat(admin.getEmail()).isEqualTo("admin@ppsm.bi");
		assertThat(admin.getRole()).isEqualTo(StaffRole.ADMINISTRATOR);
		assertThat(admin.isMustChangePassword()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void givenStrongPasswordIsKept() {
		StaffAccount admin = created("admin@ppsm.bi", "une longue phrase de passe");
		assertThat(this.encoder.matches("une longue phrase de passe", admin.getPasswordHash())).isTrue();
		assertThat(admin.isMustChangePassword()).isFalse();
	}

	@Test
	void aPasswordTooLongForBcryptIsReplacedByATemporaryOne() {
		String tooLong = "une phrase de passe bien trop longue pour bcrypt, ".repeat(2);
		StaffAccount admin = created("admin@ppsm.bi", tooLong);
		assertThat(admin.isMustChangePassword()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void givenWeakPasswordMustBeChanged() {
		assertThat(created("admin@ppsm.bi", "motdepasse123").isMustChangePassword()).isTrue();
	}

	@Test
	void nothingHappensOnceAccountsExist() {
		given(this.accounts.count()).willReturn(2L);
		new FirstAdministrator(this.accounts, this.encoder, settings("admin@ppsm.bi", "")).run(null);
		verify(this.accounts, never()).save(any());
	}

	@Test
	void randomPasswordsAreLongAndDifferent() {
		String one = FirstAdministrator.randomPassword();
		assertThat(one).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH)
			.isNotEqualTo(FirstAdministrator.randomPassword());
		assertThat(PasswordPolicy.problem(one, "admin@ppsm.bi")).isEmpty();
	}

	@Test
	void policyRefusesShortCommonAndLoginPasswords() {
		assertThat(PasswordPolicy.problem("court", null)).contains("passwordTooShort");
		assertThat(PasswordPolicy.problem("Azertyuiop123", null)).contains("passwordCommon");
		assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaaa", null)).contains("passwordCommon");
		assertThat(PasswordPolicy.problem("jean@ppsm.bi-2026", "Jean@ppsm.bi")).contains("passwordLogin");
		assertThat(PasswordPolicy.problem("trois mots au hasard", "jean@ppsm.bi")).isEmpty();
	}

}
