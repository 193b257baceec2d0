package bi.ppsm.site.document;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.system.NotFoundException;

/**
 * The public list of documents, and their files. A file's URL holds the start of its SHA-256,
 * so it changes with the file and browsers may keep it for a year; drafts are not found.
 */
@Controller
class DocumentController {

	static final int PAGE_SIZE = 20;

	private static final String LONG_CACHE = "public, max-age=31536000, immutable";

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");

	private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(pdf|docx|xlsx|odt|jpg)");

	private final DocumentRepository documents;

	private final DocumentFiles files;

	private final ProgrammeRepository programmes;

	private final Clock clock;

	DocumentController(DocumentRepository documents, DocumentFiles files, ProgrammeRepository programmes,
			Clock clock) {
		this.clock = clock;
		this.documents = documents;
		this.files = files;
		this.programmes = programmes;
	}

	/** Filters by category, programme (its slug) and year; a value that means nothing is ignored. */
	@GetMapping("/documents")
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String categorie, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String annee, @RequestParam(required = false) String page, Model model,
			HttpServletRequest request) {
		List<Programme> programmes = this.programmes.findVisible(this.clock.instant());
		List<Integer> years = this.documents.publishedYears();
		DocumentCategory category = DocumentCategory.parse(categorie);
		Programme chosen = programmes.stream().filter(p -> p.getSlug().equals(programme)).findFirst().orElse(null);
		Integer year = years.stream().filter(y -> y.toString().equals(annee)).findFirst().orElse(null);
		Page<Document> found = this.documents.findAll(
				DocumentFilter.published()
					.and(DocumentFilter.category(category))
					.and(DocumentFilter.programme((chosen != null) ? chosen.getId() : null))
					.and(DocumentFilter.year(year)),
				PageRequest.of(pageNumber(page), PAGE_SIZE, Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"))));
		// one of the finitely many lists (known filter values, a page that exists): worth keeping in the page cache
		Map<String, String> used = new HashMap<>();
		used.put("categorie", (category != null) ? category.name() : null);
		used.put("programme", (chosen != null) ? chosen.getSlug() : null);
		used.put("annee", (year != null) ? year.toString() : null);
		// the page number counts from 0 here, and the pager links to page=0 too
		used.put("page", (found.getNumber() < found.getTotalPages()) ? String.valueOf(found.getNumber()) : null);
		PageCache.markKnownQuery(request, used);
		model.addAttribute("page", found);
		model.addAttribute("categories", DocumentCategory.values());
		model.addAttribute("programmes", programmes);
		model.addAttribute("years", years);
		model.addAttribute("category", category);
		model.addAttribute("programme", chosen);
		model.addAttribute("year", year);
		return "documents/list";
	}

	@GetMapping("/documents/{id}/{hash}/{name}")
	@Transactional(readOnly = true)
	String download(@PathVariable String id, @PathVariable String hash, @PathVariable String name,
			HttpServletResponse response) throws IOException {
		Document document = published(id);
		if (!document.getHash().equals(hash) || !document.getFileName().equals(name)) {
			return moved(hash, name, document.getDownloadPath());
		}
		byte[] bytes = this.files.file(document.getId()).orElseThrow(() -> new NotFoundException("document " + id));
		send(response, document.getContentType(), FileNames.attachment(document.getFileName()), bytes, LONG_CACHE);
		return null;
	}

	@GetMapping("/documents/{id}/{hash}/apercu.jpg")
	@Transactional(readOnly = true)
	String thumbnail(@PathVariable String id, @PathVariable String hash, HttpServletResponse response)
			throws IOException {
		Document document = published(id);
		if (!document.hasThumbnail()) {
			throw new NotFoundException("thumbnail " + id);
		}
		if (!document.getHash().equals(hash)) {
			return moved(hash, "apercu.jpg", document.getThumbnailPath());
		}
		byte[] jpeg = this.files.thumbnail(document.getId()).orElseThrow(() -> new NotFoundException("thumbnail " + id));
		send(response, "image/jpeg", null, jpeg, LONG_CACHE);
		return null;
	}

	/** Writes a file with the headers every download carries. */
	static void send(HttpServletResponse response, String contentType, String disposition, byte[] bytes,
			String cacheControl) throws IOException {
		response.setContentType(contentType);
		if (disposition != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/**
	 * An address the file once had (before it was replaced) leads to its current one; anything
	 * that could never have been an address of the site is not found.
	 */
	private static String moved(String hash, String name, String current) {
		if (!HASH.matcher(hash).matches() || !FILE_NAME.matcher(name).matches()) {
			throw new NotFoundException("document file " + current);
		}
		return "redirect:" + current;
	}

	private Document published(String id) {
		Long number = parseId(id);
		return ((number != null) ? this.documents.findById(number) : java.util.Optional.<Document>empty())
			.filter(Document::isPublished)
			.orElseThrow(() -> new NotFoundException("document " + id));
	}

	private static Long parseId(String text) {
		return (text != null && text.matches("\\d{1,18}")) ? Long.valueOf(text) : null;
	}

	private static int pageNumber(String text) {
		return (text != null && text.matches("\\d{1,6}")) ? Integer.parseInt(text) : 0;
	}

}
