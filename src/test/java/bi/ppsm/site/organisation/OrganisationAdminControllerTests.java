package bi.ppsm.site.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.media.ImageLibrary;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(OrganisationAdminController.class)
@org.springframework.context.annotation.Import(Organisations.class)
class OrganisationAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ImageLibrary imageLibrary;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	OrganisationRepository organisationRepository;

	@BeforeEach
	void stubs() {
		given(this.organisationRepository.findAll(any(Pageable.class))).willReturn(Page.empty());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/organisations")).hasStatusOk().hasViewName("admin/organisation/list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/organisations/nouveau").with(csrf())
			.param("slug", "giz")
			.param("name", "")
			.param("website", "pas une adresse")).hasStatusOk()
			.hasViewName("admin/organisation/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("name", "website");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidMemberFieldsRerenderInFrench() {
		assertThat(this.mvc.post().uri("/admin/organisations/nouveau").with(csrf())
			.param("slug", "membre-essai")
			.param("name", "Membre d’essai")
			.param("member", "true")
			.param("memberSince", "1800")
			.param("contactEmail", "pas un courriel")
			.param("contactPhone", "appelez-nous")
			.param("version", "0")).hasStatusOk()
			.hasViewName("admin/organisation/form")
			.bodyText()
			.contains("L’année ne peut pas être avant 1950.", "Cette adresse électronique n’est pas valide.",
					"Écrivez le numéro avec des chiffres", "value=\"appelez-nous\"");
		verifyNoInteractions(this.audit);
	}

}
