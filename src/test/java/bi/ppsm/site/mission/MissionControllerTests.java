package bi.ppsm.site.mission;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroup;
import bi.ppsm.site.targetgroup.TargetGroupRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(MissionController.class)
class MissionControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MissionRepository missions;

	@MockitoBean
	PerspectiveRepository perspectives;

	@MockitoBean
	TargetGroupRepository targetGroups;

	@Test
	void showsMissionsPerspectivesAndTargetGroups() {
		given(this.missions.findAllByOrderByPosition()).willReturn(List.of(new Mission("Plaider <pour> la santé")));
		given(this.perspectives.findAllByOrderByPosition()).willReturn(List.of(new Perspective("Coordination")));
		given(this.targetGroups.findByFeaturedTrueOrderByPosition()).willReturn(List.of(new TargetGroup("Les écoles", true)));
		assertThat(this.mvc.get().uri("/missions")).hasStatusOk()
			.hasViewName("missions")
			.bodyText()
			.contains("Plaider &lt;pour&gt; la santé", "Coordination", "Les écoles", "Groupes cibles");
	}

}
