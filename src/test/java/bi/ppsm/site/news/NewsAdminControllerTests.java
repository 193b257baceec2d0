package bi.ppsm.site.news;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.admin.DryRun;
import bi.ppsm.site.admin.RecordingTransactionManager;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.media.Image;
import bi.ppsm.site.media.ImageRepository;
import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(NewsAdminController.class)
@Import({ NewsService.class, NewsPage.class, PublishedNews.class, DryRun.class, RecordingTransactionManager.class })
class NewsAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	NewsRepository news;

	@MockitoBean
	ImageRepository images;

	@MockitoBean
	ProgrammeRepository programmes;

	@MockitoBean
	ProjectRepository projects;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	bi.ppsm.site.redirect.Redirects redirects;

	@BeforeEach
	void saveGivesAnId() {
		given(this.news.save(any())).willAnswer(invocation -> {
			ReflectionTestUtils.setField((Object) invocation.getArgument(0), "id", 5L);
			return invocation.getArgument(0);
		});
		given(this.news.search(any(), any(), any(), any())).willReturn(Page.empty());
	}

	@Test
	void aVisitorIsSentToTheSignIn() {
		assertThat(this.mvc.get().uri("/admin/actualites")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorSeesTheListWhateverTheFilterAndTheEmptyForm() {
		assertThat(this.mvc.get().uri("/admin/actualites?statut=n-importe&page=x&q=%3Cb%3E")).hasStatusOk()
			.hasViewName("admin/news/list");
		verify(this.news).search(any(), eq(null), any(), any());
		assertThat(this.mvc.get().uri("/admin/actualites?statut=programmee")).hasStatusOk();
		verify(this.news).search(eq(""), eq("SCHEDULED"), any(), any());
		assertThat(this.mvc.get().uri("/admin/actualites/nouveau")).hasStatusOk()
			.bodyText()
			.contains("name=\"title\"", "name=\"summary\"", "name=\"body\"", "name=\"coverId\"",
					"type=\"datetime-local\"", "value=\"AT_DATE\"", "_csrf");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aScheduledItemIsSavedAtTheBujumburaTimeTyped() {
		assertThat(this.mvc.post()
			.uri("/admin/actualites/nouveau")
			.with(csrf())
			.param("title", "Journée de la santé mentale à Ngozi")
			.param("summary", "Résumé")
			.param("body", "Texte")
			.param("publication", "AT_DATE")
			.param("publishAt", "2026-10-10T09:30")
			.param("unpublishAt", "2026-12-31T23:59")
			.param("version", "0")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/actualites/5");
		ArgumentCaptor<NewsItem> saved = ArgumentCaptor.forClass(NewsItem.class);
		verify(this.news).save(saved.capture());
		assertThat(saved.getValue().getSlug()).isEqualTo("journee-de-la-sante-mentale-a-ngozi");
		assertThat(saved.getValue().getPublishAt()).isEqualTo(Instant.parse("2026-10-10T07:30:00Z"));
		assertThat(saved.getValue().getUnpublishAt()).isEqualTo(Instant.parse("2026-12-31T21:59:00Z"));
		verify(this.audit).record(eq("CREATE"), eq("news"), eq(5L), eq("Journée de la santé mentale à Ngozi"), anyList());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void missingOrBadDatesAreFrenchErrorsWithTheTextKept() {
		assertThat(this.mvc.post()
			.uri("/admin/actualites/nouveau")
			.with(csrf())
			.param("title", "")
			.param("summary", "x".repeat(301))
			.param("body", "Mon texte garde")
			.param("publication", "AT_DATE")
			.param("unpublishAt", "31/12/2026")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Mon texte garde", "Ce champ est obligatoire.", "au plus 300 caractères",
					"Indiquez la date et l’heure de publication", "Cette date n’est pas valide");
		assertThat(this.mvc.post()
			.uri("/admin/actualites/nouveau")
			.with(csrf())
			.param("title", "Titre")
			.param("summary", "Résumé")
			.param("body", "Texte")
			.param("publication", "AT_DATE")
			.param("publishAt", "2026-10-10T09:30")
			.param("unpublishAt", "2026-10-01T09:30")
			.param("version", "0")).hasStatusOk().bodyText().contains("La fin de publication doit venir après la publication.");
		verify(this.news, never()).save(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aPhotoOfPeopleWithoutConsentIsRefused() {
		Image photo = new Image("cle", "enfants.jpg", 1080, 720, new int[] { 360, 720, 1080 }, Instant.now());
		photo.setShowsPeople(true);
		ReflectionTestUtils.setField(photo, "id", 9L);
		given(this.images.findById(9L)).willReturn(Optional.of(photo));
		assertThat(this.mvc.post()
			.uri("/admin/actualites/nouveau")
			.with(csrf())
			.param("title", "Titre")
			.param("summary", "Résumé")
			.param("body", "Texte")
			.param("coverId", "9")
			.param("publication", "NOW")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("consentement n’est pas enregistré");
		verify(this.news, never()).save(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aStaleEditIsRefusedAndThePreviewSavesNothing() {
		NewsItem item = new NewsItem("atelier", "Atelier", "Résumé", "Texte", Instant.now());
		ReflectionTestUtils.setField(item, "id", 5L);
		item.setVersion(2);
		given(this.news.findById(5L)).willReturn(Optional.of(item));
		assertThat(this.mvc.post()
			.uri("/admin/actualites/5")
			.with(csrf())
			.param("title", "Ma version")
			.param("slug", "atelier")
			.param("summary", "Résumé")
			.param("body", "Texte")
			.param("publication", "DRAFT")
			.param("version", "1")).hasStatusOk().bodyText().contains("Quelqu’un d’autre a modifié cette fiche", "Ma version");
		assertThat(this.mvc.post()
			.uri("/admin/actualites/5/apercu")
			.with(csrf())
			.param("title", "Titre de l’aperçu")
			.param("slug", "atelier")
			.param("summary", "Résumé")
			.param("body", "Texte **aperçu**")
			.param("publication", "DRAFT")
			.param("version", "2")).hasStatusOk()
			.hasViewName("news/show")
			.bodyText()
			.contains("Titre de l’aperçu", "<strong>aperçu</strong>", "retour");
		verify(this.audit, never()).record(any(), any(), any(), any(), anyList());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void everyFieldSentTwiceIsAFormWithErrorsNotAFailure() {
		assertThat(this.mvc.post()
			.uri("/admin/actualites/nouveau")
			.with(csrf())
			.param("title", "Titre", "Titre")
			.param("slug", "", "")
			.param("summary", "Résumé", "Résumé")
			.param("body", "Texte", "Texte")
			.param("coverId", "", "")
			.param("publication", "AT_DATE", "AT_DATE")
			.param("publishAt", "2026-10-10T09:30", "2026-10-10T09:30")
			.param("unpublishAt", "", "")
			.param("programmes", "3", "abc")
			.param("version", "0", "0")).hasStatusOk().hasViewName("admin/news/form");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void everyFieldOfTheEditPageSentTwiceIsAFormWithErrorsNotAFailure() throws Exception {
		NewsItem item = new NewsItem("atelier", "Atelier", "Résumé", "Texte", Instant.now());
		ReflectionTestUtils.setField(item, "id", 5L);
		item.setPublishAt(Instant.parse("2026-03-01T08:00:00Z"));
		given(this.news.findById(5L)).willReturn(Optional.of(item));
		String page = this.mvc.get().uri("/admin/actualites/5").exchange().getResponse().getContentAsString();
		var form = org.jsoup.Jsoup.parse(page).select("form[method=post]").last();
		var request = this.mvc.post().uri("/admin/actualites/5").with(csrf());
		for (var field : form.select("input[name], textarea[name], select[name]")) {
			if (field.attr("name").equals("_csrf") || (field.attr("type").matches("radio|checkbox") && !field.hasAttr("checked"))) {
				continue;
			}
			String value = field.tagName().equals("textarea") ? field.wholeText()
					: field.tagName().equals("select") ? "" : field.attr("value");
			request = request.param(field.attr("name"), value, value);
		}
		assertThat(request).hasStatusOk().hasViewName("admin/news/form");
	}

}
