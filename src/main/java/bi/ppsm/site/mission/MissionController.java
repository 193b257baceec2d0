package bi.ppsm.site.mission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.targetgroup.TargetGroupRepository;

/** Missions, perspectives and the groups the PPSM works for, on one page. */
@Controller
class MissionController {

	private final MissionRepository missions;

	private final PerspectiveRepository perspectives;

	private final TargetGroupRepository targetGroups;

	MissionController(MissionRepository missions, PerspectiveRepository perspectives,
			TargetGroupRepository targetGroups) {
		this.missions = missions;
		this.perspectives = perspectives;
		this.targetGroups = targetGroups;
	}

	@GetMapping("/missions")
	String missions(Model model) {
		model.addAttribute("missions", this.missions.findAllByOrderByPosition());
		model.addAttribute("perspectives", this.perspectives.findAllByOrderByPosition());
		model.addAttribute("targetGroups", this.targetGroups.findByFeaturedTrueOrderByPosition());
		return "missions";
	}

}
