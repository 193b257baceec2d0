package bi.ppsm.site.programme;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ObjectiveAdminController.class)
class ObjectiveAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ObjectiveRepository objectives;

	@MockitoBean
	AuditLog audit;

	Programme programme;

	@BeforeEach
	void programme() {
		this.programme = new Programme("droits", "Droits", "Résumé");
		ReflectionTestUtils.setField(this.programme, "id", 4L);
		given(this.programmes.findById(4L)).willReturn(Optional.of(this.programme));
		Objective first = new Objective(this.programme, null, "Premier objectif", 1);
		Objective second = new Objective(this.programme, null, "Second objectif", 2);
		ReflectionTestUtils.setField(first, "id", 10L);
		ReflectionTestUtils.setField(second, "id", 11L);
		given(this.objectives.findByProgrammeAndParentIsNullOrderByPosition(this.programme))
			.willReturn(List.of(first, second));
		given(this.objectives.findById(11L)).willReturn(Optional.of(second));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorSeesTheObjectivesInOrder() {
		assertThat(this.mvc.get().uri("/admin/programmes/4/objectifs")).hasStatusOk()
			.hasViewName("admin/programme/objectives")
			.bodyText()
			.containsSubsequence("Premier objectif", "Second objectif")
			.contains("/admin/programmes/4/objectifs/11/monter");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/programmes/4/objectifs").with(csrf()).param("text", ""))
			.hasStatusOk()
			.hasViewName("admin/programme/objectives")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("text");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void movingUpSwapsPositions() {
		Objective first = this.objectives.findByProgrammeAndParentIsNullOrderByPosition(this.programme).get(0);
		Objective second = this.objectives.findById(11L).orElseThrow();
		assertThat(this.mvc.post().uri("/admin/programmes/4/objectifs/11/monter").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/programmes/4/objectifs");
		assertThat(second.getPosition()).isEqualTo(1);
		assertThat(first.getPosition()).isEqualTo(2);
	}

}
