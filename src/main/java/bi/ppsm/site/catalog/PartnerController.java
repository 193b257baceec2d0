package bi.ppsm.site.catalog;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.media.ImageLibrary;
import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;

/** Donors and partners, each with the programmes and projects it funds or supports. */
@Controller
class PartnerController {

	private final Catalog catalog;

	private final OrganisationRepository organisations;

	private final ImageLibrary images;

	PartnerController(Catalog catalog, OrganisationRepository organisations, ImageLibrary images) {
		this.catalog = catalog;
		this.organisations = organisations;
		this.images = images;
	}

	@GetMapping("/partenaires")
	String partners(Model model) {
		List<Programme> programmes = this.catalog.programmes();
		List<Project> projects = this.catalog.projects();
		List<Partner> partners = this.organisations.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map(o -> Partner.of(o, programmes, projects))
			.filter(Partner::isInvolved)
			.toList();
		model.addAttribute("funders", partners.stream().filter(p -> !p.organisation().isSelf() && p.funds()).toList());
		model.addAttribute("partners", partners.stream().filter(p -> !p.organisation().isSelf() && !p.funds()).toList());
		model.addAttribute("self", partners.stream().filter(p -> p.organisation().isSelf()).toList());
		// the logos from the media library, those a public page may show, in one query
		model.addAttribute("logos", this.images.publishableByIds(partners.stream()
			.map(p -> p.organisation().getLogoImageId())
			.filter(java.util.Objects::nonNull)
			.toList()));
		return "partners";
	}

	/** An organisation and what it is involved in, by role. */
	public record Partner(Organisation organisation, List<Programme> fundedProgrammes, List<Programme> supportedProgrammes,
			List<Project> fundedProjects, List<Project> supportedProjects) {

		static Partner of(Organisation organisation, List<Programme> programmes, List<Project> projects) {
			return new Partner(organisation, programmes.stream().filter(p -> has(p.getOrganisations(), organisation, Role.FUNDER)).toList(),
					programmes.stream().filter(p -> has(p.getOrganisations(), organisation, Role.PARTNER)).toList(),
					projects.stream().filter(p -> has(p.getOrganisations(), organisation, Role.FUNDER)).toList(),
					projects.stream().filter(p -> has(p.getOrganisations(), organisation, Role.PARTNER)).toList());
		}

		private static boolean has(List<Involvement> involvements, Organisation organisation, Role role) {
			return involvements.stream().anyMatch(i -> i.getRole() == role && i.getOrganisation().equals(organisation));
		}

		public boolean funds() {
			return !this.fundedProgrammes.isEmpty() || !this.fundedProjects.isEmpty();
		}

		public boolean isInvolved() {
			return funds() || !this.supportedProgrammes.isEmpty() || !this.supportedProjects.isEmpty();
		}

	}

}
