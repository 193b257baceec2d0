package bi.ppsm.site.media;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/**
 * The media library: a searchable grid of images, the upload form (file picker or drag and
 * drop), each image's description (alt text, caption, credit, consent) and its deletion while
 * nothing uses it. Also the chooser the Markdown editor loads to insert an image.
 */
@Controller
@RequestMapping(ImageAdminController.BASE)
class ImageAdminController {

	static final String BASE = "/admin/images";

	static final int PAGE_SIZE = 24;

	static final int CHOICES = 24;

	private final ImageRepository images;

	private final ImageLibrary library;

	private final AuditLog audit;

	ImageAdminController(ImageRepository images, ImageLibrary library, AuditLog audit) {
		this.images = images;
		this.library = library;
		this.audit = audit;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE,
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		Page<Image> result = (q == null) ? this.images.findAll(request) : this.images.search(q, request);
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		return "admin/image/list";
	}

	@GetMapping("/nouveau")
	String uploadForm(Model model) {
		model.addAttribute("maxSize", UploadTooLargeAdvice.megabytes(
				org.springframework.util.unit.DataSize.ofBytes(this.library.maxImageSize())));
		return "admin/image/upload";
	}

	@PostMapping("/nouveau")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			Image image = this.library.upload(file, (principal != null) ? principal.getName() : null);
			Flash.saved(redirect, "image", image.getOriginalName());
			return "redirect:" + BASE + "/" + image.getId();
		}
		catch (RefusedImage refused) {
			model.addAttribute("refused", refused.messageKey());
			return uploadForm(model);
		}
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Image image = find(id);
		model.addAttribute("form", ImageForm.from(image));
		return form(model, image);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ImageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Image image = find(id);
		AdminForms.checkVersion(image.getVersion(), form.version(), result);
		if (!form.decorativeTicked() && (form.altText() == null || form.altText().isBlank())) {
			result.rejectValue("altText", "altRequired");
		}
		boolean consentMissing = Boolean.TRUE.equals(form.showsPeople()) && !Boolean.TRUE.equals(form.consentRecorded());
		List<String> usages = this.library.usagesOf(id);
		if (consentMissing && !usages.isEmpty()) {
			result.rejectValue("consentRecorded", "consentNeededInUse");
		}
		if (result.hasErrors()) {
			return form(model, image);
		}
		Changes changes = new Changes().set("altText", image.getAltText(), form.altText(), image::setAltText)
			.set("decorative", image.isDecorative(), form.decorativeTicked(), image::setDecorative)
			.set("caption", image.getCaption(), form.caption(), image::setCaption)
			.set("credit", image.getCredit(), form.credit(), image::setCredit)
			.set("showsPeople", image.isShowsPeople(), Boolean.TRUE.equals(form.showsPeople()), image::setShowsPeople)
			.set("consentRecorded", image.isConsentRecorded(), Boolean.TRUE.equals(form.consentRecorded()),
					image::setConsentRecorded);
		this.audit.record("UPDATE", "image", id, image.getOriginalName(), changes.fields());
		Flash.saved(redirect, "image", image.getOriginalName()).list(BASE);
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Model model) {
		Image image = find(id);
		model.addAttribute("label", image.getOriginalName());
		model.addAttribute("usages", this.library.usagesOf(id));
		model.addAttribute("back", BASE + "/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Image image = find(id);
		if (!this.library.usagesOf(id).isEmpty()) {
			return confirmDelete(id, model);
		}
		this.audit.record("DELETE", "image", id, image.getOriginalName(), List.of());
		this.images.delete(image);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	/**
	 * The chooser of the Markdown editor: an HTML fragment listing the images a public page may
	 * show (described, consent given), newest first, each with the Markdown text that inserts it.
	 */
	@GetMapping("/choix")
	@Transactional(readOnly = true)
	String choices(@RequestParam(required = false) String q, Model model) {
		List<Image> found = ((q == null) ? this.images.findPublishable() : this.images.search(q,
				PageRequest.of(0, 200, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
			.getContent())
			.stream()
			.filter(ImageLibrary::showable)
			.limit(CHOICES)
			.toList();
		model.addAttribute("choices", found.stream().map(Choice::of).toList());
		return "admin/image/choices";
	}

	/** One image of the chooser, with the Markdown text that shows it. */
	record Choice(Image image, String label, String markdown) {

		static Choice of(Image image) {
			String alt = image.isDecorative() ? "" : image.getAltText().replaceAll("[\\[\\]\\r\\n]", " ").strip();
			return new Choice(image, alt.isEmpty() ? image.getOriginalName() : alt,
					"![" + alt + "](/images/" + image.getId() + ")");
		}

	}

	private String form(Model model, Image image) {
		model.addAttribute("item", image);
		model.addAttribute("usages", this.library.usagesOf(image.getId()));
		return "admin/image/form";
	}

	private Image find(long id) {
		return this.images.findById(id).orElseThrow(() -> new NotFoundException("image " + id));
	}

}
