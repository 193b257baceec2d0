package bi.ppsm.site.programme;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.news.PublishedNews;
import bi.ppsm.site.admin.DryRun;
import bi.ppsm.site.admin.RecordingTransactionManager;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.catalog.Catalog;
import bi.ppsm.site.catalog.PublicPages;
import bi.ppsm.site.catalog.RelatedContent;
import bi.ppsm.site.organisation.OrganisationRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.system.WebSliceTest;
import bi.ppsm.site.targetgroup.TargetGroupRepository;
import bi.ppsm.site.zone.ZoneRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The preview of an unsaved programme form, the required marks and the message after a save. */
@WebSliceTest(ProgrammeAdminController.class)
@Import({ ProgrammeService.class, Relations.class, bi.ppsm.site.codelist.Codelists.class, SectorFields.class, DryRun.class, RecordingTransactionManager.class, PublicPages.class, RelatedContent.class,
		Catalog.class })
class ProgrammePreviewTests {

	/** The news blocks of the public pages (none here). */
	@MockitoBean
	PublishedNews news;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecordingTransactionManager transactions;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	KeyResultRepository results;

	@MockitoBean
	ZoneRepository zones;

	@MockitoBean
	OrganisationRepository organisations;

	@MockitoBean
	TargetGroupRepository targetGroups;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	bi.ppsm.site.redirect.Redirects redirects;

	@BeforeEach
	void programme() {
		Programme programme = new Programme("rapatriement", "Rapatriement", "Résumé enregistré");
		ReflectionTestUtils.setField(programme, "id", 7L);
		programme.setVersion(3);
		given(this.programmes.findById(7L)).willReturn(Optional.of(programme));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void previewShowsTheUnsavedTextOnThePublicPageAndRollsBack() throws Exception {
		int rollbacks = this.transactions.rollbacks();
		Document page = Jsoup.parse(this.mvc.post()
			.uri("/admin/programmes/7/apercu")
			.with(csrf())
			.param("slug", "rapatriement")
			.param("name", "Rapatriement")
			.param("summary", "Texte **pas encore** enregistré <script>alert(1)</script>")
			.param("version", "3")
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("main").html()).contains("<strong>pas encore</strong>")
			.doesNotContain("<script>alert(1)</script>")
			.doesNotContain("Résumé enregistré");
		assertThat(page.select(".preview-banner").text()).contains("Aperçu — non enregistré.");
		assertThat(page.select(".preview-banner form").attr("action")).isEqualTo("/admin/programmes/7/apercu");
		assertThat(page.select(".preview-banner input[name=summary]").val()).startsWith("Texte **pas encore**");
		assertThat(page.select(".preview-banner input[name=retour]")).hasSize(1);
		assertThat(page.select(".preview-banner input[name=_csrf]")).hasSize(1);
		verifyNoInteractions(this.audit);
		verify(this.programmes, never()).save(any());
		assertThat(this.transactions.rollbacks()).isEqualTo(rollbacks + 1);
		assertThat(this.transactions.commits()).as("never committed").isZero();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void previewOfANewProgrammeSavesNothing() {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/nouveau/apercu")
			.with(csrf())
			.param("slug", "nouveau-programme")
			.param("name", "Nouveau programme")
			.param("summary", "Son résumé")
			.param("version", "0")).hasStatusOk()
			.hasViewName("programmes/show")
			.bodyText()
			.contains("Nouveau programme", "Son résumé", "Aperçu — non enregistré.");
		verifyNoInteractions(this.audit);
		verify(this.programmes, never()).save(any());
		assertThat(this.transactions.commits()).isZero();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidPreviewShowsTheFormWithItsErrors() {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/7/apercu")
			.with(csrf())
			.param("slug", "Pas Un Slug")
			.param("name", "")
			.param("summary", "Mon texte")
			.param("version", "3")).hasStatusOk()
			.hasViewName("admin/programme/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("slug", "name");
		verifyNoInteractions(this.audit);
		assertThat(this.transactions.commits()).isZero();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void backFromThePreviewShowsTheFormWithEverythingTyped() {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/7/apercu")
			.with(csrf())
			.param("slug", "rapatriement")
			.param("name", "Rapatriement")
			.param("summary", "Mon texte pour demain")
			.param("version", "3")
			.param("retour", "1")).hasStatusOk()
			.hasViewName("admin/programme/form")
			.bodyText()
			.contains("Mon texte pour demain", "action=\"/admin/programmes/7\"");
		verifyNoInteractions(this.audit);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void previewOfAnUnknownProgrammeIsNotFound() {
		assertThat(this.mvc.post()
			.uri("/admin/programmes/99/apercu")
			.with(csrf())
			.param("slug", "x")
			.param("name", "X")
			.param("summary", "X")
			.param("version", "0")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void formOffersThePreviewBesideItAndMarksRequiredFieldsFromTheStart() throws Exception {
		Document page = Jsoup.parse(this.mvc.get().uri("/admin/programmes/nouveau").exchange().getResponse()
			.getContentAsString());
		assertThat(page.select("button[formaction=/admin/programmes/nouveau/apercu][formtarget=_blank]").text())
			.isEqualTo("Prévisualiser");
		assertThat(page.select("[name=apercu]")).as("the old text preview is gone").isEmpty();
		assertThat(page.select(".required-legend").text()).isEqualTo("* champ obligatoire");
		assertThat(page.select("input[name=name][required][aria-required=true]")).hasSize(1);
		assertThat(page.select("textarea[name=summary][required][aria-required=true]")).hasSize(1);
		assertThat(page.select("label[for=name] .required-mark").text()).isEqualTo("*");
		assertThat(page.select("textarea[name=cardText][required], textarea[name=cardText][aria-required]")).isEmpty();
		assertThat(page.select("label[for=cardText] .required-mark")).isEmpty();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void savedMessageNamesTheProgrammeAndLinksToItsPageAndTheList() throws Exception {
		Document page = Jsoup.parse(this.mvc.get()
			.uri("/admin/programmes/7")
			.flashAttr("flash", "admin.flash.saved.programme")
			.flashAttr("flashName", "Rapatriement")
			.flashAttr("flashPage", "/programmes/rapatriement")
			.flashAttr("flashList", "/admin/programmes")
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".flash p").first().text()).isEqualTo("Programme « Rapatriement » enregistré.");
		assertThat(page.select(".flash a").eachAttr("href")).containsExactly("/programmes/rapatriement",
				"/admin/programmes");
	}

}
