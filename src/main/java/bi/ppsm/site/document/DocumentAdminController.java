package bi.ppsm.site.document;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.NotFoundException;

/** Staff upload, describe, replace and delete documents. */
@Controller
@RequestMapping("/admin/documents")
class DocumentAdminController {

	static final int PAGE_SIZE = 25;

	private static final String BASE = "/admin/documents";

	private static final String FORM = "admin/document/form";

	private final DocumentRepository documents;

	private final DocumentService service;

	private final DocumentFiles files;

	private final ProgrammeRepository programmes;

	private final ProjectRepository projects;

	private final Clock clock;

	DocumentAdminController(DocumentRepository documents, DocumentService service, DocumentFiles files,
			ProgrammeRepository programmes, ProjectRepository projects, Clock clock) {
		this.documents = documents;
		this.service = service;
		this.files = files;
		this.programmes = programmes;
		this.projects = projects;
		this.clock = clock;
	}

	/**
	 * A file comes only as a file part of a multipart form: text sent under the name "file" (a
	 * crafted form) is no file at all, rather than a conversion error.
	 */
	@InitBinder("form")
	void fileOnlyAsFile(WebDataBinder binder) {
		binder.registerCustomEditor(MultipartFile.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(null);
			}

		});
	}

	/** Newest first; a search in the titles and a category (an unknown one is ignored). */
	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String categorie,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DocumentCategory category = DocumentCategory.parse(categorie);
		Specification<Document> filter = DocumentFilter.titleContains(q).and(DocumentFilter.category(category));
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")));
		Page<Document> result = this.documents.findAll(filter, request);
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("categories", DocumentCategory.values());
		return "admin/document/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", DocumentForm.empty(LocalDate.now(this.clock)));
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StoredFile file = this.service.check(form, true, result);
		if (result.hasErrors()) {
			return refused(form, file, model, null);
		}
		Document document = this.service.create(form, file);
		savedFlash(document, redirect);
		return "redirect:" + BASE + "/" + document.getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Document document = this.service.find(id);
		model.addAttribute("form", DocumentForm.from(document));
		return form(model, document);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Document document = this.service.find(id);
		AdminForms.checkVersion(document.getVersion(), form.version(), result);
		StoredFile file = this.service.check(form, false, result);
		if (result.hasErrors()) {
			return refused(form, file, model, document);
		}
		this.service.update(id, form, file);
		savedFlash(document, redirect);
		return "redirect:" + BASE + "/" + id;
	}

	/** The stored file, for staff (a draft's too). */
	@GetMapping("/{id}/fichier")
	@Transactional(readOnly = true)
	void download(@PathVariable long id, HttpServletResponse response) throws IOException {
		Document document = this.service.find(id);
		byte[] bytes = this.files.file(id).orElseThrow(() -> new NotFoundException("document file " + id));
		DocumentController.send(response, document.getContentType(), FileNames.attachment(document.getFileName()),
				bytes, "no-store");
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", this.service.find(id).getTitle());
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE + "/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.service.delete(id);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	/**
	 * The form again, with what was typed. A browser never sends a chosen file twice: when the
	 * file itself was fine, the form says so and asks for it again.
	 */
	private String refused(DocumentForm form, StoredFile file, Model model, Document document) {
		model.addAttribute("chooseAgain", file != null);
		return form(model, document);
	}

	private static void savedFlash(Document document, RedirectAttributes redirect) {
		Flash.saved(redirect, "document", document.getTitle())
			.publicPage(document.isPublished() ? "/documents" : null)
			.list(BASE);
	}

	private String form(Model model, Document document) {
		model.addAttribute("document", document);
		model.addAttribute("categories", DocumentCategory.values());
		model.addAttribute("languages", DocumentLanguage.values());
		model.addAttribute("maxSize", this.service.maxSize() / (1024 * 1024));
		model.addAttribute("programmeOptions", this.programmes.findAllByOrderByPosition()
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		model.addAttribute("projectOptions", this.projects.findAllByOrderByNameAsc()
			.stream()
			.map(p -> new Option(p.getId(), p.getName()))
			.toList());
		return FORM;
	}

}
