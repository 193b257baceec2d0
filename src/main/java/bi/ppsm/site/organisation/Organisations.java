package bi.ppsm.site.organisation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.media.ImageLibrary;
import bi.ppsm.site.system.NotFoundException;

/**
 * Saving an organisation, whoever asks: the staff's form, or the approval of a member
 * contributor's proposal. The checks, the version check, the change field by field and its
 * audit entry; the page cache empties through the table's trigger.
 */
@Service
public class Organisations {

	public static final String ENTITY = "organisation";

	private final OrganisationRepository organisations;

	private final AuditLog audit;

	private final ImageLibrary images;

	Organisations(OrganisationRepository organisations, AuditLog audit, ImageLibrary images) {
		this.organisations = organisations;
		this.audit = audit;
		this.images = images;
	}

	public Organisation get(long id) {
		return this.organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

	@Transactional
	Organisation create(OrganisationForm form, BindingResult result) {
		checkSlug(form, null, result);
		checkLogo(form, null, result);
		if (result.hasErrors()) {
			return null;
		}
		Organisation organisation = new Organisation(form.slug(), form.acronym(), form.name());
		organisation.setPosition((int) this.organisations.count() + 1);
		Changes changes = apply(form, organisation);
		this.organisations.save(organisation);
		this.audit.record("CREATE", ENTITY, organisation.getId(), organisation.getName(), changes.fields());
		return organisation;
	}

	@Transactional
	boolean update(Organisation organisation, OrganisationForm form, BindingResult result) {
		AdminForms.checkVersion(organisation.getVersion(), form.version(), result);
		checkSlug(form, organisation.getId(), result);
		checkLogo(form, organisation, result);
		if (form.parent() != null && form.parent().equals(organisation.getId())) {
			result.rejectValue("parent", "parentSelf");
		}
		if (result.hasErrors()) {
			return false;
		}
		Changes changes = apply(form, organisation);
		this.audit.record("UPDATE", ENTITY, organisation.getId(), organisation.getName(), changes.fields());
		return true;
	}

	/**
	 * Applies a member's sheet as proposed from version {@code baseVersion}: only the fields of
	 * the sheet change, through the same checks as the staff's form. Errors go to {@code result},
	 * named by the sheet's fields.
	 */
	@Transactional
	public boolean updateSheet(Organisation organisation, MemberSheetForm sheet, Integer baseVersion,
			BindingResult result) {
		OrganisationForm form = OrganisationForm.from(organisation).withSheet(sheet, baseVersion);
		DirectFieldBindingResult full = new DirectFieldBindingResult(form, result.getObjectName());
		boolean updated = update(organisation, form, full);
		full.getAllErrors().forEach(e -> result.reject(e.getCode(), e.getArguments(), e.getDefaultMessage()));
		return updated;
	}

	/** A member's logo must be an image a public page may show; the current one may stay. */
	public void checkSheetLogo(MemberSheetForm sheet, Organisation organisation, BindingResult result) {
		Long logo = sheet.logo();
		boolean unchanged = logo != null && logo.equals(organisation.getLogoImageId());
		if (logo != null && !unchanged && this.images.publishable(logo).isEmpty()) {
			result.rejectValue("logo", "logoUnavailable");
		}
	}

	/** The logos to choose from: the images public pages may show, and the current logo. */
	public List<Option> logoOptions(Organisation organisation) {
		List<Option> logos = new ArrayList<>(this.images.publishableChoices());
		if (organisation != null && organisation.getLogoImageId() != null
				&& logos.stream().noneMatch(o -> o.id().equals(organisation.getLogoImageId()))) {
			logos.add(0, new Option(organisation.getLogoImageId(), "#" + organisation.getLogoImageId()));
		}
		return logos;
	}

	private void checkSlug(OrganisationForm form, Long id, BindingResult result) {
		if (form.slug() != null) {
			this.organisations.findBySlug(form.slug())
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> result.rejectValue("slug", "slugTaken"));
		}
	}

	/** A logo must be an image a public page may show; the current one may stay as it is. */
	private void checkLogo(OrganisationForm form, Organisation organisation, BindingResult result) {
		Long logo = form.logo();
		boolean unchanged = organisation != null && logo != null && logo.equals(organisation.getLogoImageId());
		if (logo != null && !unchanged && this.images.publishable(logo).isEmpty()) {
			result.rejectValue("logo", "logoUnavailable");
		}
	}

	private Changes apply(OrganisationForm form, Organisation o) {
		Organisation parent = (form.parent() != null) ? this.organisations.findById(form.parent()).orElse(null) : null;
		return new Changes().set("slug", o.getSlug(), form.slug(), o::setSlug)
			.set("acronym", o.getAcronym(), form.acronym(), o::setAcronym)
			.set("name", o.getName(), form.name(), o::setName)
			.set("website", o.getWebsite(), form.website(), o::setWebsite)
			.set("description", o.getDescription(), form.description(), o::setDescription)
			.set("parent", o.getParent(), parent, o::setParent)
			.set("self", o.isSelf(), Boolean.TRUE.equals(form.self()), o::setSelf)
			.set("logo", o.getLogoImageId(), form.logo(), o::setLogoImageId)
			.set("member", o.isMember(), Boolean.TRUE.equals(form.member()), o::setMember)
			.set("memberSince", o.getMemberSince(), form.memberSince(), o::setMemberSince)
			.set("contactEmail", o.getContactEmail(), form.contactEmail(), o::setContactEmail)
			.set("contactPhone", o.getContactPhone(), form.contactPhone(), o::setContactPhone)
			.set("address", o.getAddress(), form.address(), o::setAddress);
	}

}
