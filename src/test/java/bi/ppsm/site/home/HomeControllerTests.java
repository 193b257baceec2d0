package bi.ppsm.site.home;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.figure.HeadlineFigure;
import bi.ppsm.site.figure.HeadlineFigureRepository;
import bi.ppsm.site.mission.MissionRepository;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.services.ServiceItemRepository;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebSliceTest(HomeController.class)
class HomeControllerTests {

	/** The news blocks of the public pages (none here). */
	@MockitoBean
	PublishedNews news;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	HeadlineFigureRepository figures;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ServiceItemRepository services;

	@MockitoBean
	MissionRepository missions;

	@Test
	void showsFiguresAndProgrammeCards() {
		given(this.figures.findAllByOrderByPosition()).willReturn(List.of(new HeadlineFigure(20000, "+", "Cas traités")));
		Programme programme = new Programme("rapatriement", "Rapatriement", "Première phrase. Seconde phrase.");
		given(this.programmes.findVisible(any())).willReturn(List.of(programme));
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("home")
			.bodyText()
			.contains("+20\u202f000", "Cas traités", "/programmes/rapatriement", "Première phrase.")
			.doesNotContain("Seconde phrase")
			.contains("<html lang=\"fr\">", "href=\"#contenu\"");
	}

}
