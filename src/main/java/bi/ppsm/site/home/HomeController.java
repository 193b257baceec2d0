package bi.ppsm.site.home;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.figure.HeadlineFigureRepository;
import bi.ppsm.site.mission.MissionRepository;
import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.services.ServiceItemRepository;

@Controller
class HomeController {

	/** News items on the home page. */
	static final int HOME_NEWS = 3;

	private final HeadlineFigureRepository figures;

	private final ProgrammeRepository programmes;

	private final ServiceItemRepository services;

	private final MissionRepository missions;

	private final PublishedNews news;

	private final Clock clock;

	HomeController(HeadlineFigureRepository figures, ProgrammeRepository programmes, ServiceItemRepository services,
			MissionRepository missions, PublishedNews news, Clock clock) {
		this.news = news;
		this.clock = clock;
		this.figures = figures;
		this.programmes = programmes;
		this.services = services;
		this.missions = missions;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("figures", this.figures.findAllByOrderByPosition());
		model.addAttribute("programmes", this.programmes.findVisible(this.clock.instant()));
		model.addAttribute("services", this.services.findAllByOrderByPosition());
		model.addAttribute("missions", this.missions.findAllByOrderByPosition());
		model.addAttribute("news", this.news.latest(HOME_NEWS));
		return "home";
	}

}
