package bi.ppsm.site.settings;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(SiteSettingsAdminController.class)
@org.springframework.context.annotation.Import(bi.ppsm.site.codelist.Codelists.class)
class SiteSettingsAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@Autowired
	SiteSettingsRepository settings;

	@BeforeEach
	void stubs() {
		given(this.settings.get()).willReturn(new SiteSettings());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/parametres")).hasStatusOk().hasViewName("admin/settings/form");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/parametres").with(csrf())
			.param("siteName", "")
			.param("acronym", "PPSM")
			.param("facebookUrl", "http://pas-https")
			.param("contactEmail", "pas-un-courriel")
			.param("version", "0")).hasStatusOk()
			.hasViewName("admin/settings/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("siteName", "facebookUrl", "contactEmail");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void notificationAddressesMustEachBeAValidEmail() {
		assertThat(this.mvc.post().uri("/admin/parametres").with(csrf())
			.param("siteName", "PPSM")
			.param("acronym", "PPSM")
			.param("notificationEmails", "equipe@ppsm.bi, pas une adresse")
			.param("version", "0")).hasStatusOk()
			.hasViewName("admin/settings/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("notificationEmails");
		assertThat(this.mvc.post().uri("/admin/parametres").with(csrf())
			.param("siteName", "PPSM")
			.param("acronym", "PPSM")
			.param("notificationEmails", "equipe@ppsm.bi\r\nBcc: x@y.bi")
			.param("version", "0")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("notificationEmails");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void validNotificationAddressesAreSaved() {
		assertThat(this.mvc.post().uri("/admin/parametres").with(csrf())
			.param("siteName", "PPSM")
			.param("acronym", "PPSM")
			.param("notificationEmails", "equipe@ppsm.bi, direction@ppsm.bi")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
	}

}
