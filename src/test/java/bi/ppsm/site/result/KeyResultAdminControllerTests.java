package bi.ppsm.site.result;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.project.ProjectStatus;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(KeyResultAdminController.class)
@Import({ KeyResultService.class, bi.ppsm.site.codelist.Codelists.class })
class KeyResultAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	KeyResultRepository keyResultRepository;

	@MockitoBean
	ProgrammeRepository programmeRepository;

	@MockitoBean
	ProjectRepository projectRepository;

	@Test
	@WithMockUser(roles = "EDITOR")
	void rightRoleSeesThePage() {
		assertThat(this.mvc.get().uri("/admin/resultats")).hasStatusOk().hasViewName("admin/result/list");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidInputRerendersWithFieldErrors() {
		assertThat(this.mvc.post().uri("/admin/resultats/nouveau").with(csrf())
			.param("statement", "")
			.param("achievedValue", "-1")).hasStatusOk()
			.hasViewName("admin/result/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("programme", "statement", "achievedValue");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void listFilteredByProjectShowsOnlyThatProjectsResultsAndPrefillsTheNewOne() {
		Programme programme = new Programme("p", "Protection", "R");
		ReflectionTestUtils.setField(programme, "id", 3L);
		Project project = new Project(programme, "projet", "Umwana", ProjectStatus.ONGOING);
		ReflectionTestUtils.setField(project, "id", 5L);
		KeyResult own = new KeyResult(programme, "Résultat du projet");
		own.setProject(project);
		ReflectionTestUtils.setField(own, "id", 8L);
		given(this.programmeRepository.findAllByOrderByPosition()).willReturn(List.of(programme));
		given(this.projectRepository.findById(5L)).willReturn(Optional.of(project));
		given(this.keyResultRepository.findByProjectOrderByPosition(project)).willReturn(List.of(own));
		given(this.keyResultRepository.findByProgramme(programme))
			.willReturn(List.of(own, new KeyResult(programme, "Résultat du programme seul")));
		assertThat(this.mvc.get().uri("/admin/resultats?programme=3&projet=5")).hasStatusOk()
			.bodyText()
			.contains("Résultat du projet", "Résultats clés du projet « Umwana »",
					"href=\"/admin/resultats/nouveau?programme=3&amp;projet=5\"", "Ajouter un résultat clé")
			.doesNotContain("Résultat du programme seul");
		assertThat(this.mvc.get().uri("/admin/resultats?programme=3")).hasStatusOk()
			.bodyText()
			.contains("Résultat du projet", "Résultat du programme seul")
			.doesNotContain("Résultats clés du projet");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void newResultFromAProjectPrefillsProgrammeAndProject() {
		assertThat(this.mvc.get().uri("/admin/resultats/nouveau?programme=3&projet=5")).hasStatusOk()
			.model()
			.containsEntry("form", new KeyResultForm(3L, 5L, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0));
	}

}
