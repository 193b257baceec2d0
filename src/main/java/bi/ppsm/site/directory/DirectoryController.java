package bi.ppsm.site.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.media.ImageLibrary;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.zone.Zone;

/** The public directory: member organisations and branches, and the search for help near a visitor. */
@Controller
class DirectoryController {

	static final String SEARCH = "/trouver-de-l-aide";

	private final PublishedServicePoints points;

	private final OrganisationRepository organisations;

	private final BranchRepository branches;

	private final Places places;

	private final ImageLibrary images;

	DirectoryController(PublishedServicePoints points, OrganisationRepository organisations, BranchRepository branches,
			Places places, ImageLibrary images) {
		this.points = points;
		this.organisations = organisations;
		this.branches = branches;
		this.places = places;
		this.images = images;
	}

	@GetMapping("/membres")
	@Transactional(readOnly = true)
	String members(Model model) {
		List<Organisation> members = this.organisations.findByMemberTrueOrderByNameAsc();
		model.addAttribute("members", members);
		model.addAttribute("branches", this.branches.findAllByOrderByPosition());
		model.addAttribute("logos", this.images.publishableByIds(
				members.stream().map(Organisation::getLogoImageId).filter(Objects::nonNull).toList()));
		return "directory/members";
	}

	/**
	 * The search form and its results. A commune narrows the search to itself (its province
	 * follows); unknown values are ignored rather than refused, as in a plain link. A search by
	 * known values only (a province, a commune of it, a need, free, a page that exists) is one of
	 * finitely many and may be kept in the page cache; any other is rendered at each request.
	 */
	@GetMapping(SEARCH)
	@Transactional(readOnly = true)
	String search(@RequestParam(required = false) String province, @RequestParam(required = false) String commune,
			@RequestParam(required = false) String besoin, @RequestParam(required = false) String gratuit,
			@RequestParam(required = false) String page, Model model, HttpServletRequest request) {
		Zone chosenCommune = this.places.bySlug(commune).filter(z -> z.getParent() != null).orElse(null);
		Zone chosenProvince = (chosenCommune != null) ? chosenCommune.getParent()
				: this.places.bySlug(province).filter(z -> z.getParent() == null).orElse(null);
		ServiceKind kind = ServiceKind.fromParameter(besoin).orElse(null);
		boolean freeOnly = gratuit != null && !gratuit.isEmpty();
		boolean searched = province != null || commune != null || besoin != null || gratuit != null;
		model.addAttribute("provinces", this.places.tree());
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("chosenProvince", chosenProvince);
		model.addAttribute("chosenCommune", chosenCommune);
		model.addAttribute("chosenKind", kind);
		model.addAttribute("freeOnly", freeOnly);
		model.addAttribute("searched", searched);
		Page<ServicePoint> results = this.points.search(chosenProvince, chosenCommune, kind, freeOnly, pageNumber(page));
		Map<String, String> used = new HashMap<>();
		used.put("province", (chosenProvince != null) ? chosenProvince.getSlug() : null);
		used.put("commune", (chosenCommune != null) ? chosenCommune.getSlug() : null);
		used.put("besoin", (kind != null) ? kind.parameter() : null);
		used.put("gratuit", freeOnly ? "1" : null);
		used.put("page", (results.getNumber() > 0 && results.getNumber() < results.getTotalPages())
				? String.valueOf(results.getNumber() + 1) : null);
		PageCache.markKnownQuery(request, used);
		model.addAttribute("results", results);
		return "directory/search";
	}

	@GetMapping(SEARCH + "/{id}")
	@Transactional(readOnly = true)
	String point(@PathVariable String id, Model model) {
		ServicePoint point = parse(id).flatMap(this.points::find)
			.orElseThrow(() -> new NotFoundException("service point " + id));
		model.addAttribute("point", point);
		return "directory/point";
	}

	private static Optional<Long> parse(String id) {
		if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(id));
	}

	/** "2" is the second page; anything else the first. */
	static int pageNumber(String page) {
		if (page == null || page.isEmpty() || page.length() > 6 || !page.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 0;
		}
		return Math.max(Integer.parseInt(page) - 1, 0);
	}

}
