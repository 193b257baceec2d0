package bi.ppsm.site.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.system.NotFoundException;

/**
 * Saving a service point, whoever asks: the staff's form, or the approval of a member
 * contributor's proposal. The checks Bean Validation cannot make, the version check, the
 * change field by field, its audit entry and its revision; the page cache empties through the
 * table's trigger.
 */
@Service
public class ServicePoints {

	public static final String ENTITY = "service-point";

	private final ServicePointRepository points;

	private final OrganisationRepository organisations;

	private final Places places;

	private final AuditLog audit;

	private final Clock clock;

	private final Revisions revisions;

	ServicePoints(ServicePointRepository points, OrganisationRepository organisations, Places places, AuditLog audit,
			Clock clock, Revisions revisions) {
		this.revisions = revisions;
		this.points = points;
		this.organisations = organisations;
		this.places = places;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<ServicePoint> find(long id) {
		return this.points.findById(id);
	}

	public ServicePoint get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("service point " + id));
	}

	/** The service points of an organisation, drafts included, by name. */
	public List<ServicePoint> ofOrganisation(long organisationId) {
		return this.points.findByOrganisationIdOrderByNameAscIdAsc(organisationId);
	}

	/** A new form, checked today. */
	public ServicePointForm emptyForm() {
		return ServicePointForm.empty(LocalDate.now(this.clock));
	}

	/** The form of a saved point, as its edit page shows it. */
	public ServicePointForm formOf(ServicePoint point) {
		return ServicePointForm.from(point);
	}

	/** Creates the point when the form passes every check; empty (with the errors in {@code result}) otherwise. */
	@Transactional
	public Optional<ServicePoint> create(ServicePointForm form, BindingResult result) {
		check(form, result);
		if (result.hasErrors()) {
			return Optional.empty();
		}
		ServicePoint point = new ServicePoint(organisation(form), form.name(),
				this.places.province(form.province()).orElseThrow(), form.address());
		point.setPosition((int) this.points.count() + 1);
		Changes changes = apply(form, point);
		this.points.save(point);
		this.revisions.created(ENTITY, point.getId());
		this.audit.record("CREATE", ENTITY, point.getId(), point.getName(), changes.fields());
		return Optional.of(point);
	}

	/** Changes the point when the form is of its current version and passes every check. */
	@Transactional
	public boolean update(ServicePoint point, ServicePointForm form, BindingResult result) {
		AdminForms.checkVersion(point.getVersion(), form.version(), result);
		check(form, result);
		if (result.hasErrors()) {
			return false;
		}
		this.revisions.track(ENTITY, point.getId());
		Changes changes = apply(form, point);
		this.audit.record("UPDATE", ENTITY, point.getId(), point.getName(), changes.fields());
		return true;
	}

	/** The checks Bean Validation cannot make: the organisation, the place, the coordinates, the hours, the date. */
	public void check(ServicePointForm form, BindingResult result) {
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

	/** What the edit form needs besides the form: today, and the choices of its lists. */
	public void addChoices(Model model) {
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
	}

	/** A zone's name for a reader (a comparison of values), or null. */
	public String zoneName(Long id) {
		return this.places.province(id).or(() -> this.places.commune(id)).map(z -> z.getName()).orElse(null);
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

}
