package bi.ppsm.site.project;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.programme.Relations;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ProjectAdminController.class)
@Import({ ProjectService.class, Relations.class })
class ProjectAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	ProjectRepository projectRepository;

	@MockitoBean
	ProgrammeRepository programmeRepository;

	@MockitoBean
	ZoneRepository zoneRepository;

	@MockitoBean
	OrganisationRepository organisationRepository;

	@MockitoBean
	TargetGroupRepository targetGroupRepository;

	@BeforeEach
	void stubs() {
		given(this.projectRepository.findAll(any(Pageable.class))).willReturn(Page.empty());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/projets")).hasStatusOk().hasViewName("admin/project/list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void formHasEachFieldOnce() {
		assertThat(this.mvc.get().uri("/admin/projets/nouveau")).hasStatusOk()
			.bodyText()
			.satisfies(html -> assertThat(org.jsoup.Jsoup.parse(html).select("select[name=programme], select[name=status]"))
				.hasSize(2));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/projets/nouveau").with(csrf())
			.param("slug", "projet")
			.param("name", "")
			.param("status", "ONGOING")).hasStatusOk()
			.hasViewName("admin/project/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("name", "programme");
		verifyNoInteractions(this.audit);
	}

}
