package bi.ppsm.site.directory;

import java.util.Map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.revision.Revisable;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.system.NotFoundException;

/** The service points of the directory: searchable list with its verification reminders, create, edit, delete. */
@Controller
@RequestMapping(ServicePointAdminController.BASE)
class ServicePointAdminController implements Revisable {

	static final String BASE = "/admin/points-de-service";

	static final int PAGE_SIZE = 25;

	static final String ENTITY = "service-point";

	private static final String FORM = "admin/directory/form";

	private final ServicePointRepository points;

	private final OrganisationRepository organisations;

	private final Places places;

	private final AuditLog audit;

	private final Clock clock;

	private final Revisions revisions;

	ServicePointAdminController(ServicePointRepository points, OrganisationRepository organisations, Places places,
			AuditLog audit, Clock clock, Revisions revisions) {
		this.revisions = revisions;
		this.points = points;
		this.organisations = organisations;
		this.places = places;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("page", this.points.adminSearch((q == null) ? "" : q,
				PageRequest.of(pageNumber(page), PAGE_SIZE)));
		model.addAttribute("q", q);
		model.addAttribute("today", today);
		model.addAttribute("due", this.points.countVerifiedBefore(today.minusMonths(6)));
		return "admin/directory/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", ServicePointForm.empty(LocalDate.now(this.clock)));
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") ServicePointForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		check(form, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		ServicePoint point = new ServicePoint(organisation(form), form.name(),
				this.places.province(form.province()).orElseThrow(), form.address());
		point.setPosition((int) this.points.count() + 1);
		Changes changes = apply(form, point);
		this.points.save(point);
		this.revisions.created(ENTITY, point.getId());
		this.audit.record("CREATE", ENTITY, point.getId(), point.getName(), changes.fields());
		saved(point, redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		ServicePoint point = find(id);
		model.addAttribute("form", ServicePointForm.from(point));
		return form(model, point);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ServicePointForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ServicePoint point = find(id);
		AdminForms.checkVersion(point.getVersion(), form.version(), result);
		check(form, result);
		if (result.hasErrors()) {
			return form(model, point);
		}
		save(id, form, point);
		saved(point, redirect);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", find(id).getName());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE + "/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		ServicePoint point = find(id);
		this.audit.record("DELETE", ENTITY, id, point.getName(), List.of());
		this.points.delete(point);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private void save(long id, ServicePointForm form, ServicePoint point) {
		this.revisions.track(ENTITY, id);
		Changes changes = apply(form, point);
		this.audit.record("UPDATE", ENTITY, id, point.getName(), changes.fields());
	}

	@Override
	public String type() {
		return ENTITY;
	}

	@Override
	public Class<?> formType() {
		return ServicePointForm.class;
	}

	@Override
	public Object capture(long id) {
		return ServicePointForm.from(find(id));
	}

	@Override
	public String label(long id) {
		return find(id).getName();
	}

	@Override
	public String adminUrl(long id) {
		return BASE + "/" + id;
	}

	@Override
	public Map<String, String> references() {
		return Map.of("organisation", "organisation", "province", "zone", "commune", "zone");
	}

	/** A kept form brought back: the checks and the save of an edit. */
	@Override
	public void restore(long id, Object form, BindingResult result) {
		ServicePoint point = find(id);
		check((ServicePointForm) form, result);
		if (!result.hasErrors()) {
			save(id, (ServicePointForm) form, point);
		}
	}

	/** The checks Bean Validation cannot make: the organisation, the place, the coordinates, the hours, the date. */
	private void check(ServicePointForm form, BindingResult result) {
		if (form.organisation() != null && this.organisations.findById(form.organisation()).isEmpty()) {
			result.rejectValue("organisation", "organisationUnknown");
		}
		this.places.check(form, true, result);
		if ((form.latitude() == null) != (form.longitude() == null)) {
			result.rejectValue((form.latitude() == null) ? "latitude" : "longitude", "coordinatesPair");
		}
		if (form.latitude() != null && !result.hasFieldErrors("latitude")
				&& !ServicePointForm.within(form.latitude(), ServicePointForm.SOUTH, ServicePointForm.NORTH)) {
			result.rejectValue("latitude", "latitudeOutsideBurundi");
		}
		if (form.longitude() != null && !result.hasFieldErrors("longitude")
				&& !ServicePointForm.within(form.longitude(), ServicePointForm.WEST, ServicePointForm.EAST)) {
			result.rejectValue("longitude", "longitudeOutsideBurundi");
		}
		if (form.opensAt() != null && form.closesAt() != null && !form.closesAt().isAfter(form.opensAt())) {
			result.rejectValue("closesAt", "closesBeforeOpens");
		}
		if (form.verifiedOn() != null && form.verifiedOn().isAfter(LocalDate.now(this.clock))) {
			result.rejectValue("verifiedOn", "verifiedInFuture");
		}
		if (Boolean.TRUE.equals(form.published()) && form.verifiedOn() == null && !result.hasFieldErrors("verifiedOn")) {
			result.rejectValue("verifiedOn", "verifiedBeforePublishing");
		}
	}

	private Changes apply(ServicePointForm form, ServicePoint p) {
		return new Changes().set("organisation", p.getOrganisation(), organisation(form), p::setOrganisation)
			.set("name", p.getName(), form.name(), p::setName)
			.set("description", p.getDescription(), form.description(), p::setDescription)
			.set("services", p.getServiceKinds(), orEmpty(form.services()), p::setServiceKinds)
			.set("audiences", p.getAudienceList(), orEmpty(form.audiences()), p::setAudienceList)
			.set("languages", p.getLanguageList(), orEmpty(form.languages()), p::setLanguageList)
			.set("province", p.getProvince(), this.places.province(form.province()).orElseThrow(), p::setProvince)
			.set("commune", p.getCommune(), this.places.commune(form.commune()).orElse(null), p::setCommune)
			.set("address", p.getAddress(), form.address(), p::setAddress)
			.set("latitude", p.getLatitude(), form.latitude(), p::setLatitude)
			.set("longitude", p.getLongitude(), form.longitude(), p::setLongitude)
			.set("phone", p.getPhone(), form.phone(), p::setPhone)
			.set("email", p.getEmail(), form.email(), p::setEmail)
			.set("openingHours", p.getOpeningHours(), form.openingHours(), p::setOpeningHours)
			.set("openDays", p.getOpenDayList(), orEmpty(form.openDays()), p::setOpenDayList)
			.set("opensAt", p.getOpensAt(), form.opensAt(), p::setOpensAt)
			.set("closesAt", p.getClosesAt(), form.closesAt(), p::setClosesAt)
			.set("free", p.isFree(), Boolean.TRUE.equals(form.free()), p::setFree)
			.set("referralNeeded", p.isReferralNeeded(), Boolean.TRUE.equals(form.referralNeeded()), p::setReferralNeeded)
			.set("published", p.isPublished(), Boolean.TRUE.equals(form.published()), p::setPublished)
			.set("verifiedOn", p.getVerifiedOn(), form.verifiedOn(), p::setVerifiedOn);
	}

	private static <T> List<T> orEmpty(List<T> values) {
		return (values == null) ? List.of() : values.stream().distinct().toList();
	}

	private Organisation organisation(ServicePointForm form) {
		return this.organisations.findById(form.organisation()).orElseThrow();
	}

	private void saved(ServicePoint point, RedirectAttributes redirect) {
		Flash.saved(redirect, ENTITY, point.getName())
			.publicPage(point.isPublished() ? DirectoryController.SEARCH + "/" + point.getId() : null)
			.list(BASE);
	}

	private String form(Model model, ServicePoint point) {
		model.addAttribute("item", point);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("organisationOptions", this.organisations.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map(o -> new Option(o.getId(), o.getName()))
			.toList());
		model.addAttribute("provinceOptions", this.places.provinceOptions());
		model.addAttribute("provinces", this.places.tree());
		model.addAttribute("serviceKinds", ServiceKind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("languages", SpokenLanguage.values());
		model.addAttribute("days", OpenDay.values());
		return FORM;
	}

	private ServicePoint find(long id) {
		return this.points.findById(id).orElseThrow(() -> new NotFoundException("service point " + id));
	}

	static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page), 100_000));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
