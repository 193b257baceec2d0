package bi.ppsm.site.news;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.DryRun;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.admin.UnsavedPreview;
import bi.ppsm.site.media.Image;
import bi.ppsm.site.media.ImageRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.Publication;
import bi.ppsm.site.system.SiteUrls;

/** Staff write, schedule, preview and delete news items. */
@Controller
@RequestMapping("/admin/actualites")
class NewsAdminController {

	static final int PAGE_SIZE = 20;

	private static final String FORM = "admin/news/form";

	private final NewsRepository news;

	private final NewsService service;

	private final ImageRepository images;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final NewsPage page;

	private final DryRun dryRun;

	private final SiteUrls urls;

	private final Clock clock;

	NewsAdminController(NewsRepository news, NewsService service, ImageRepository images,
			ProgrammeRepository programmes, ProjectRepository projects, NewsPage page, DryRun dryRun, SiteUrls urls,
			Clock clock) {
		this.news = news;
		this.service = service;
		this.images = images;
		this.programmes = programmes;
		this.projects = projects;
		this.page = page;
		this.dryRun = dryRun;
		this.urls = urls;
		this.clock = clock;
	}

	/** A status or page that is not one is ignored: the whole list. */
	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String statut,
			@RequestParam(required = false) String page, Model model) {
		NewsStatus status = NewsStatus.fromParameter(statut);
		String search = (q == null) ? "" : q;
		model.addAttribute("page", this.news.search(search, (status != null) ? status.name() : null,
				this.clock.instant(), PageRequest.of(NewsController.pageNumber(page), PAGE_SIZE)));
		model.addAttribute("q", q);
		model.addAttribute("statut", (status != null) ? status.parameter() : null);
		model.addAttribute("statuses", NewsStatus.values());
		model.addAttribute("now", this.clock.instant());
		return "admin/news/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", NewsForm.empty());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") NewsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.service.check(form, null, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		NewsItem item = this.service.create(form);
		savedFlash(item, redirect);
		return "redirect:/admin/actualites/" + item.getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		NewsItem item = this.service.find(id);
		model.addAttribute("form", NewsForm.from(item));
		return form(model, item);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") NewsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		NewsItem item = this.service.find(id);
		AdminForms.checkVersion(item.getVersion(), form.version(), result);
		this.service.check(form, item, result);
		if (result.hasErrors()) {
			return form(model, item);
		}
		this.service.update(id, form);
		savedFlash(item, redirect);
		return "redirect:/admin/actualites/" + id;
	}

	/**
	 * The public page as the form would make it, nothing saved (a transaction rolled back); the
	 * form with its errors when it is not valid, or with {@code retour}, back from the preview.
	 */
	@PostMapping({ "/nouveau/apercu", "/{id}/apercu" })
	String preview(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") NewsForm form,
			BindingResult result, Model model, HttpServletRequest request) {
		return this.dryRun.run(() -> {
			NewsItem item = (id != null) ? this.service.find(id) : null;
			this.service.check(form, item, result);
			if (result.hasErrors() || request.getParameter(UnsavedPreview.BACK) != null) {
				return form(model, item);
			}
			NewsItem unsaved = PublishedNews.load(this.service.applyUnsaved(item, form));
			String view = this.page.render(unsaved, model, this.urls.base(request));
			UnsavedPreview.of(request).addTo(model.asMap());
			return view;
		});
	}

	/** The saved item's page, whatever its status, as visitors will see it once public. */
	@GetMapping("/{id}/apercu")
	@Transactional(readOnly = true)
	String savedPreview(@PathVariable long id, Model model, HttpServletRequest request) {
		NewsItem item = PublishedNews.load(this.service.find(id));
		model.addAttribute("noindex", Boolean.TRUE);
		return this.page.render(item, model, this.urls.base(request));
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", this.service.find(id).getTitle());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", "/admin/actualites/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.service.delete(id);
		Flash.deleted(redirect);
		return "redirect:/admin/actualites";
	}

	private void savedFlash(NewsItem item, RedirectAttributes redirect) {
		Flash.saved(redirect, NewsService.AUDIT_TYPE, item.getTitle())
			.publicPage(item.isVisibleAt(this.clock.instant()) ? "/actualites/" + item.getSlug() : null)
			.list("/admin/actualites");
	}

	private String form(Model model, NewsItem item) {
		model.addAttribute("item", item);
		model.addAttribute("status", (item != null) ? item.statusAt(this.clock.instant()) : null);
		model.addAttribute("publications", Publication.values());
		List<Image> publishable = this.images.findAll(Sort.by(Sort.Direction.DESC, "createdAt", "id"))
			.stream()
			.filter(Image::isPublishable)
			.toList();
		model.addAttribute("coverOptions", publishable.stream().map(NewsAdminController::option).toList());
		Object form = model.getAttribute("form");
		Long coverId = (form instanceof NewsForm f) ? f.coverId() : null;
		model.addAttribute("cover", (coverId != null) ? this.images.findById(coverId).orElse(null) : null);
		model.addAttribute("programmeOptions", this.programmes.findAllByOrderByPosition()
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		model.addAttribute("projectOptions", this.projects.findAll(Sort.by("name"))
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		return FORM;
	}

	private static Option option(Image image) {
		String label = (image.getAltText() != null && !image.getAltText().isBlank()) ? image.getAltText()
				: image.getOriginalName();
		return new Option(image.getId(), label);
	}

}
