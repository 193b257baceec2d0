package bi.ppsm.site.account;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
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

	@MockitoBean
	SecondFactors secondFactors;

	@MockitoBean
	bi.ppsm.site.organisation.OrganisationRepository organisationRepository;

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void anAdministratorResetsTheSecondFactorOfALostDeviceAndItIsAudited() {
		StaffAccount account = new StaffAccount("perdu@ppsm.bi", "Perdu", StaffRole.INBOX_HANDLER, "{noop}x");
		org.springframework.test.util.ReflectionTestUtils.setField(account, "id", 12L);
		given(this.staffAccountRepository.findById(12L)).willReturn(Optional.of(account));
		given(this.secondFactors.enrolled(12L)).willReturn(true);
		assertThat(this.mvc.get().uri("/admin/comptes/12")).hasStatusOk()
			.bodyText()
			.contains("Second facteur configuré", "action=\"/admin/comptes/12/second-facteur\"");
		assertThat(this.mvc.post().uri("/admin/comptes/12/second-facteur").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/comptes/12");
		verify(this.secondFactors).reset(12L);
		verify(this.audit).record(eq("SECOND_FACTOR_RESET"), eq("account"), eq(12L), eq("perdu@ppsm.bi"), anyList());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void onlyAdministratorsResetASecondFactor() {
		assertThat(this.mvc.post().uri("/admin/comptes/12/second-facteur").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(this.secondFactors);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void rightRoleSeesThePage() {
		given(this.staffAccountRepository.findAll(any(Pageable.class))).willReturn(Page.empty());
		assertThat(this.mvc.get().uri("/admin/comptes")).hasStatusOk().hasViewName("admin/account/list");
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

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void aMemberContributorNeedsItsOrganisationAndOnlyItKeepsOne() {
		assertThat(this.mvc.post().uri("/admin/comptes/nouveau").with(csrf())
			.param("email", "membre@asso.bi")
			.param("displayName", "Membre")
			.param("role", "MEMBER_CONTRIBUTOR")
			.param("enabled", "true")
			.param("password", "une phrase provisoire")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Un contributeur d’un membre est rattaché à une organisation : choisissez-la.");
		verifyNoInteractions(this.audit);

		var organisation = new bi.ppsm.site.organisation.Organisation("asso", null, "Association");
		org.springframework.test.util.ReflectionTestUtils.setField(organisation, "id", 7L);
		given(this.organisationRepository.findById(7L)).willReturn(Optional.of(organisation));
		given(this.passwordEncoder.encode("une phrase provisoire")).willReturn("{bcrypt}hash");
		assertThat(this.mvc.post().uri("/admin/comptes/nouveau").with(csrf())
			.param("email", "membre@asso.bi")
			.param("displayName", "Membre")
			.param("role", "MEMBER_CONTRIBUTOR")
			.param("organisation", "7")
			.param("enabled", "true")
			.param("password", "une phrase provisoire")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		org.mockito.ArgumentCaptor<StaffAccount> saved = org.mockito.ArgumentCaptor.forClass(StaffAccount.class);
		verify(this.staffAccountRepository).save(saved.capture());
		assertThat(saved.getValue().getOrganisationId()).isEqualTo(7L);

		// an editor is tied to no organisation, whatever the form says
		assertThat(this.mvc.post().uri("/admin/comptes/nouveau").with(csrf())
			.param("email", "redacteur@ppsm.bi")
			.param("displayName", "Rédacteur")
			.param("role", "EDITOR")
			.param("organisation", "7")
			.param("enabled", "true")
			.param("password", "une phrase provisoire")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		verify(this.staffAccountRepository, org.mockito.Mockito.times(2)).save(saved.capture());
		assertThat(saved.getValue().getOrganisationId()).isNull();
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void createdAccountGetsATemporaryPassword() {
		given(this.passwordEncoder.encode("une phrase provisoire")).willReturn("{bcrypt}hash");
		assertThat(this.mvc.post()
			.uri("/admin/comptes/nouveau")
			.with(csrf())
			.param("email", "Nouvelle@PPSM.bi")
			.param("displayName", "Nouvelle")
			.param("role", "INBOX_HANDLER")
			.param("enabled", "true")
			.param("password", "une phrase provisoire")
			.param("version", "0")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/comptes");
		org.mockito.ArgumentCaptor<StaffAccount> saved = org.mockito.ArgumentCaptor.forClass(StaffAccount.class);
		verify(this.staffAccountRepository).save(saved.capture());
		assertThat(saved.getValue().getEmail()).isEqualTo("nouvelle@ppsm.bi");
		assertThat(saved.getValue().getRole()).isEqualTo(StaffRole.INBOX_HANDLER);
		assertThat(saved.getValue().isMustChangePassword()).isTrue();
		verify(this.audit).record(eq("CREATE"), eq("account"), any(), eq("nouvelle@ppsm.bi"), anyList());
	}

	@Test
	@WithMockUser(username = "chef@ppsm.bi", roles = "ADMINISTRATOR")
	void administratorCannotDisableOrDemoteThemselves() {
		StaffAccount self = new StaffAccount("chef@ppsm.bi", "Chef", StaffRole.ADMINISTRATOR, "{noop}x");
		given(this.staffAccountRepository.findById(1L)).willReturn(Optional.of(self));
		assertThat(this.mvc.post()
			.uri("/admin/comptes/1")
			.with(csrf())
			.param("email", "chef@ppsm.bi")
			.param("displayName", "Chef")
			.param("role", "EDITOR")
			.param("version", "0")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("role");
		assertThat(self.getRole()).isEqualTo(StaffRole.ADMINISTRATOR);
		assertThat(self.isEnabled()).isTrue();
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void theListIsPagedByTwentyFiveByName() {
		PageRequest second = PageRequest.of(1, 25, Sort.by("displayName", "id"));
		given(this.staffAccountRepository.findAll(second)).willReturn(new PageImpl<>(
				List.of(new StaffAccount("zoe@ppsm.bi", "Zoé", StaffRole.EDITOR, "{noop}x")), second, 26));
		assertThat(this.mvc.get().uri("/admin/comptes?page=1")).hasStatusOk()
			.bodyText()
			.contains("Zoé", "zoe@ppsm.bi", "Page 2 sur 2", "href=\"/admin/comptes?q=&amp;page=0\"", "name=\"q\"");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void aSearchLooksInNamesAndEmailsAndKeepsItsTextInThePager() {
		PageRequest first = PageRequest.of(0, 25, Sort.by("displayName", "id"));
		given(this.staffAccountRepository.findByDisplayNameContainingIgnoreCaseOrEmailContainingIgnoreCase("ppsm.bi",
				"ppsm.bi", first))
			.willReturn(new PageImpl<>(List.of(new StaffAccount("ana@ppsm.bi", "Ana", StaffRole.INBOX_HANDLER, "{noop}x")),
					first, 30));
		assertThat(this.mvc.get().uri("/admin/comptes?q=ppsm.bi")).hasStatusOk()
			.bodyText()
			.contains("ana@ppsm.bi", "value=\"ppsm.bi\"", "href=\"/admin/comptes?q=ppsm.bi&amp;page=1\"");
		// the list reads no organisation: only the form offers them
		verifyNoInteractions(this.organisationRepository);
	}

}
