package bi.ppsm.site.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Documents on the whole application and the real PostgreSQL: uploads of real and hostile
 * files, the public list and its filters, downloads and their headers, the programme and
 * project pages. The document limit is lowered to 64 KB to test it with small files.
 */
@SpringBootTest(properties = "ppsm.uploads.max-document-size=64KB")
@AutoConfigureMockMvc
class DocumentFullStackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DocumentRepository documents;

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	ProjectRepository projects;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeDocuments() {
		this.jdbc.update("delete from document");
	}

	@Test
	void anEditorUploadsAPdfThatVisitorsFindAndDownload() {
		Project project = this.projects.findAllVisible(java.time.Instant.now()).get(0);
		Programme programme = project.getProgramme();
		MvcTestResult saved = upload("Rapport annuel 2025", "../../etc/passwd\"; x.pdf", TestFiles.pdf("Rapport 2025"),
				"RAPPORT_ANNUEL", true, programme.getId(), project.getId());
		assertThat(saved).hasStatus3xxRedirection();
		Document document = this.documents.findAll().get(0);
		assertThat(document.getFileType()).isEqualTo(FileType.PDF);
		assertThat(document.getFileName()).isEqualTo("passwd-x.pdf");
		assertThat(document.hasThumbnail()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from document_file", Integer.class)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'document'",
				Integer.class)).isPositive();

		String list = body("/documents");
		var page = Jsoup.parse(list);
		assertThat(page.select("nav.main-nav a[href=/documents]")).hasSize(1);
		assertThat(page.select(".document-link").text()).contains("Rapport annuel 2025", "(PDF, 1 Ko)", "(PDF, ")
			.matches(".*\\(PDF, \\d+ Ko\\).*");
		assertThat(page.select(".document-meta").text()).contains("Rapport annuel", "En français");
		var thumbnail = page.selectFirst("img.document-thumb");
		assertThat(thumbnail).isNotNull();
		assertThat(thumbnail.attr("width")).isEqualTo("240");
		assertThat(thumbnail.attr("loading")).isEqualTo("lazy");

		String link = page.selectFirst(".document-link").attr("href");
		assertThat(link).isEqualTo(document.getDownloadPath());
		MvcTestResult download = this.mvc.get().uri(link).exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"passwd-x.pdf\"; filename*=UTF-8''passwd-x.pdf");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
		assertThat(download.getResponse().getContentLength()).isEqualTo((int) document.getSizeBytes());
		assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

		MvcTestResult jpeg = this.mvc.get().uri(document.getThumbnailPath()).exchange();
		assertThat(jpeg).hasStatusOk().hasContentType("image/jpeg");
		assertThat(jpeg.getResponse().getContentAsByteArray()).hasSizeGreaterThan(100);

		// an old or altered hash leads to the file's current address
		assertThat(this.mvc.get().uri("/documents/" + document.getId() + "/0000000000000000/passwd-x.pdf"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(document.getDownloadPath());

		String programmePage = body("/programmes/" + programme.getSlug());
		assertThat(Jsoup.parse(programmePage).select("section[aria-labelledby=documents] .document-link").text())
			.contains("Rapport annuel 2025", "PDF, ");
		String projectPage = body("/projets/" + project.getSlug());
		assertThat(Jsoup.parse(projectPage).select("section[aria-labelledby=documents] .document-link").text())
			.contains("Rapport annuel 2025");
	}

	@Test
	void officeDocumentsGetTheirTypeAndExtensionFromTheirContent() {
		upload("Guide", "Guide d’écoute.docx", TestFiles.docx(), "GUIDE_OUTIL", true);
		upload("Tableau", "tableau.bin", TestFiles.xlsx(), "ETUDE", true);
		upload("Texte", "texte.odt", TestFiles.odt(), "AUTRE", true);
		assertThat(this.documents.findAll()).extracting(Document::getFileName, Document::getContentType)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("guide-d-ecoute.docx", FileType.DOCX.contentType()),
					org.assertj.core.groups.Tuple.tuple("tableau.xlsx", FileType.XLSX.contentType()),
					org.assertj.core.groups.Tuple.tuple("texte.odt", FileType.ODT.contentType()));
		Document guide = this.documents.findAll().stream().filter(d -> d.getTitle().equals("Guide")).findFirst().orElseThrow();
		MvcTestResult download = this.mvc.get().uri(guide.getDownloadPath()).exchange();
		assertThat(download.getResponse().getContentType()).isEqualTo(FileType.DOCX.contentType());
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(Jsoup.parse(body("/documents")).select(".document-link").text()).contains("(DOCX, 1 Ko)");
	}

	@Test
	void hostileFilesAreRefusedWithAFrenchMessageAndNothingStored() {
		assertRefused("page.pdf", TestFiles.html(), "ni un PDF");
		assertRefused("setup.pdf", TestFiles.exe(), "ni un PDF");
		assertRefused("archive.docx", TestFiles.plainZip(), "archive ZIP ordinaire");
		assertRefused("coupe.pdf", TestFiles.truncatedPdf(), "endommagé");
		assertRefused("verrou.pdf", TestFiles.lockedPdf(), "mot de passe");
		assertRefused("vide.pdf", new byte[0], "vide");
		byte[] big = new byte[70 * 1024];
		System.arraycopy(TestFiles.pdf("Gros").clone(), 0, big, 0, 5);
		assertRefused("gros.pdf", big, "trop lourd");
		assertThat(this.jdbc.queryForObject("select count(*) from document_file", Integer.class)).isZero();
	}

	@Test
	void aMistakeInTheOtherFieldsKeepsWhatWasTypedAndAsksForTheFileAgain() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/documents/nouveau")
			.multipart()
			.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", TestFiles.pdf("Rapport")))
			.param("title", "")
			.param("description", "Une description tapée")
			.param("category", "ETUDE")
			.param("language", "FR")
			.param("date", "2025-03-01")
			.param("version", "0")
			.with(csrf())
			.with(user("e@test").roles("EDITOR"))
			.exchange();
		assertThat(result).hasStatusOk();
		var page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("textarea[name=description]").text()).isEqualTo("Une description tapée");
		assertThat(page.select(".choose-again").text()).contains("choisissez-le à nouveau");
		assertThat(page.select("#title-erreurs").text()).isEqualTo("Ce champ est obligatoire.");
		assertThat(this.documents.count()).isZero();
	}

	@Test
	void draftsAreHiddenFromVisitorsAndFiltersIgnoreNonsense() {
		upload("Brouillon secret", "brouillon.pdf", TestFiles.pdf("Brouillon"), "ETUDE", false);
		upload("Étude publiée", "etude.pdf", TestFiles.pdf("Etude"), "ETUDE", true);
		Document draft = this.documents.findAll().stream().filter(d -> !d.isPublished()).findFirst().orElseThrow();
		assertThat(body("/documents")).contains("Étude publiée").doesNotContain("Brouillon secret");
		assertThat(this.mvc.get().uri(draft.getDownloadPath())).hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/" + draft.getId() + "/" + draft.getHash() + "/apercu.jpg"))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/abc/def/x.pdf")).hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/99999999999999999999/def/x.pdf")).hasStatus(404);
		// staff still get the draft's file
		assertThat(this.mvc.get().uri("/admin/documents/" + draft.getId() + "/fichier").with(user("e@test").roles("EDITOR")))
			.hasStatusOk()
			.hasContentType("application/pdf");

		int year = LocalDate.now().getYear();
		for (String query : new String[] { "categorie=<script>", "categorie=ETUDE", "programme=nowhere", "annee=abc",
				"annee=99999999999", "annee=" + year, "page=-4", "page=99999999999", "page=3", "categorie=&annee=&programme=" }) {
			MvcTestResult result = this.mvc.get().uri("/documents?" + query).exchange();
			assertThat(result).as(query).hasStatusOk();
		}
		assertThat(body("/documents?categorie=RAPPORT_ANNUEL")).doesNotContain("Étude publiée");
		assertThat(body("/documents?categorie=ETUDE")).contains("Étude publiée");
		assertThat(body("/documents?annee=" + (year - 30))).contains("Étude publiée");
		assertThat(body("/documents?annee=" + year)).contains("Étude publiée");
	}

	@Test
	void staffReplaceTheFileAndStaleFormsAreRefused() {
		upload("Évaluation", "evaluation.pdf", TestFiles.pdf("V1"), "EVALUATION", true);
		Document document = this.documents.findAll().get(0);
		String oldPath = document.getDownloadPath();
		MvcTestResult replaced = edit(document.getId(), "Évaluation finale", TestFiles.docx(), "evaluation.docx", 0);
		assertThat(replaced).hasStatus3xxRedirection();
		Document after = this.documents.findById(document.getId()).orElseThrow();
		assertThat(after.getFileType()).isEqualTo(FileType.DOCX);
		assertThat(after.hasThumbnail()).isFalse();
		assertThat(after.getDownloadPath()).isNotEqualTo(oldPath);
		assertThat(this.jdbc.queryForObject("select count(*) from document_thumbnail", Integer.class)).isZero();
		// a form filled in from the old version
		MvcTestResult stale = edit(document.getId(), "Autre titre", null, null, 0);
		assertThat(stale).hasStatusOk();
		assertThat(this.documents.findById(document.getId()).orElseThrow().getTitle()).isEqualTo("Évaluation finale");

		assertThat(this.mvc.post().uri("/admin/documents/" + document.getId() + "/supprimer").with(csrf())
			.with(user("e@test").roles("EDITOR"))).hasStatus3xxRedirection();
		assertThat(this.documents.count()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from document_file", Integer.class)).isZero();
	}

	@Test
	void theAdminListSearchesAndFilters() {
		upload("Rapport de Gitega", "a.pdf", TestFiles.pdf("A"), "RAPPORT_PROJET", false);
		upload("Guide des écoutants", "b.pdf", TestFiles.pdf("B"), "GUIDE_OUTIL", false);
		assertThat(adminBody("/admin/documents")).contains("Rapport de Gitega", "Guide des écoutants");
		assertThat(adminBody("/admin/documents?q=gitega")).contains("Rapport de Gitega").doesNotContain("Guide des écoutants");
		assertThat(adminBody("/admin/documents?categorie=GUIDE_OUTIL")).contains("Guide des écoutants")
			.doesNotContain("Rapport de Gitega");
		assertThat(adminBody("/admin/documents?categorie=nonsense&page=-1")).contains("Guide des écoutants");
		assertThat(adminBody("/admin/documents/nouveau")).contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"");
	}

	private void assertRefused(String name, byte[] bytes, String message) {
		long before = this.documents.count();
		MvcTestResult result = upload("Fichier hostile", name, bytes, "AUTRE", true);
		assertThat(result).as(name).hasStatusOk();
		String page = contentOf(result);
		assertThat(Jsoup.parse(page).select("#file-erreurs").text()).as(name).contains(message);
		assertThat(Jsoup.parse(page).select("input[name=title]").attr("value")).isEqualTo("Fichier hostile");
		assertThat(this.documents.count()).as(name).isEqualTo(before);
	}

	private MvcTestResult upload(String title, String fileName, byte[] bytes, String category, boolean published,
			Long... relations) {
		var request = this.mvc.post()
			.uri("/admin/documents/nouveau")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
			.param("title", title)
			.param("category", category)
			.param("language", "FR")
			.param("date", LocalDate.now().minusYears(title.startsWith("Étude") ? 30 : 0).toString())
			.param("version", "0");
		if (published) {
			request = request.param("published", "true");
		}
		if (relations.length > 0) {
			request = request.param("programmes", relations[0].toString());
		}
		if (relations.length > 1) {
			request = request.param("projects", relations[1].toString());
		}
		return request.with(csrf()).with(user("e@test").roles("EDITOR")).exchange();
	}

	private MvcTestResult edit(long id, String title, byte[] bytes, String fileName, int version) {
		var request = this.mvc.post().uri("/admin/documents/" + id).multipart();
		if (bytes != null) {
			request = request.file(new MockMultipartFile("file", fileName, "application/pdf", bytes));
		}
		return request.param("title", title)
			.param("category", "EVALUATION")
			.param("language", "EN")
			.param("date", "2024-06-30")
			.param("published", "true")
			.param("version", Integer.toString(version))
			.with(csrf())
			.with(user("e@test").roles("EDITOR"))
			.exchange();
	}

	private String body(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		return contentOf(result);
	}

	private String adminBody(String path) {
		MvcTestResult result = this.mvc.get().uri(path).with(user("e@test").roles("EDITOR")).exchange();
		assertThat(result).as(path).hasStatusOk();
		return contentOf(result);
	}

	private static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
