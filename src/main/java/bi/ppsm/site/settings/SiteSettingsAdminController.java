package bi.ppsm.site.settings;

import bi.ppsm.site.codelist.Codelists;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.revision.Revisable;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.system.NotFoundException;

/** The one row of site settings. */
@Controller
class SiteSettingsAdminController implements Revisable {

	static final String PATH = "/admin/parametres";

	private static final String FORM = "admin/settings/form";

	private final SiteSettingsRepository settings;

	private final AuditLog audit;

	private final Codelists codelists;

	@ModelAttribute("organisationTypes")
	java.util.Collection<bi.ppsm.site.codelist.Code> organisationTypes() {
		return this.codelists.get(Codelists.ORGANISATION_TYPE).codes();
	}

	private final Revisions revisions;

	SiteSettingsAdminController(SiteSettingsRepository settings, AuditLog audit, Codelists codelists,
			Revisions revisions) {
		this.revisions = revisions;
		this.codelists = codelists;
		this.settings = settings;
		this.audit = audit;
	}

	/** For the link to the history of the settings. */
	@ModelAttribute("settingsId")
	Integer settingsId() {
		SiteSettings s = this.settings.get();
		return (s != null) ? s.getId() : null;
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("form", SiteSettingsForm.from(this.settings.get()));
		return FORM;
	}

	@PostMapping(PATH)
	@Transactional
	String save(@Valid @ModelAttribute("form") SiteSettingsForm form, BindingResult result,
			RedirectAttributes redirect) {
		SiteSettings s = this.settings.get();
		AdminForms.checkVersion(s.getVersion(), form.version(), result);
		check(form, result);
		if (result.hasErrors()) {
			return FORM;
		}
		save(form, s);
		Flash.saved(redirect);
		return "redirect:" + PATH;
	}

	private void check(SiteSettingsForm form, BindingResult result) {
		if (form.iatiOrgType() != null && !this.codelists.get(Codelists.ORGANISATION_TYPE).contains(form.iatiOrgType())) {
			result.rejectValue("iatiOrgType", "iatiOrgType");
		}
	}

	private void save(SiteSettingsForm form, SiteSettings s) {
		this.revisions.track("settings", s.getId());
		Changes changes = new Changes().set("siteName", s.getSiteName(), form.siteName(), s::setSiteName)
			.set("acronym", s.getAcronym(), form.acronym(), s::setAcronym)
			.set("tagline", s.getTagline(), form.tagline(), s::setTagline)
			.set("contactEmail", s.getContactEmail(), form.contactEmail(), s::setContactEmail)
			.set("phone", s.getPhone(), form.phone(), s::setPhone)
			.set("address", s.getAddress(), form.address(), s::setAddress)
			.set("facebookUrl", s.getFacebookUrl(), form.facebookUrl(), s::setFacebookUrl)
			.set("instagramUrl", s.getInstagramUrl(), form.instagramUrl(), s::setInstagramUrl)
			.set("twitterUrl", s.getTwitterUrl(), form.twitterUrl(), s::setTwitterUrl)
			.set("helplineNumber", s.getHelplineNumber(), form.helplineNumber(), s::setHelplineNumber)
			.set("helplineTextRn", s.getHelplineTextRn(), form.helplineTextRn(), s::setHelplineTextRn)
			.set("notificationEmails", s.getNotificationEmails(), form.notificationEmails(), s::setNotificationEmails)
			.set("iatiIdentifier", s.getIatiIdentifier(), form.iatiIdentifier(), s::setIatiIdentifier)
			.set("iatiOrgType", s.getIatiOrgType(), (form.iatiOrgType() != null) ? form.iatiOrgType() : "22", s::setIatiOrgType);
		this.audit.record("UPDATE", "settings", s.getId(), s.getSiteName(), changes.fields());
	}

	@Override
	public String type() {
		return "settings";
	}

	@Override
	public Class<?> formType() {
		return SiteSettingsForm.class;
	}

	/** There is one row of settings: any other id is a 404. */
	@Override
	public Object capture(long id) {
		return SiteSettingsForm.from(settings(id));
	}

	@Override
	public String label(long id) {
		return settings(id).getSiteName();
	}

	@Override
	public String adminUrl(long id) {
		return PATH;
	}

	/** A kept form brought back: the checks and the save of an edit. */
	@Override
	public void restore(long id, Object form, BindingResult result) {
		SiteSettings s = settings(id);
		check((SiteSettingsForm) form, result);
		if (!result.hasErrors()) {
			save((SiteSettingsForm) form, s);
		}
	}

	private SiteSettings settings(long id) {
		SiteSettings s = this.settings.get();
		if (s.getId() != id) {
			throw new NotFoundException("settings " + id);
		}
		return s;
	}

}
