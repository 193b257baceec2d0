package bi.ppsm.site.revision;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MapBindingResult;

import bi.ppsm.site.admin.RecordingTransactionManager;
import bi.ppsm.site.revision.Revisions.History;
import bi.ppsm.site.system.NotFoundException;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The history page of a record: list, difference with French labels, 404s, restore and its refusal. */
@WebSliceTest(RevisionAdminController.class)
@Import(RecordingTransactionManager.class)
@WithMockUser(roles = "EDITOR")
class RevisionAdminControllerTests {

	static final String URL = "/admin/revisions/programme/7";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Revisions revisions;

	@BeforeEach
	void aProgrammeWithThreeRevisions() {
		Instant at = Instant.parse("2026-11-30T08:15:00Z");
		List<Revision> revisions = List.of(new Revision(3, at, "redactrice@test", 1, false,
				"{\"name\":\"Rapatriement\",\"summary\":\"Un accueil digne.\",\"published\":true,\"zones\":[1]}"),
				new Revision(2, at, "redactrice@test", null, false,
						"{\"name\":\"Retour\",\"summary\":\"Un accueil <b>rapide</b>.\",\"published\":true,\"zones\":[1,2]}"),
				new Revision(1, at, "système", null, true,
						"{\"name\":\"Rapatriement\",\"summary\":\"Un accueil digne.\",\"published\":true,\"zones\":[1]}"));
		// the list comes without states; each compared revision is read with its state
		List<Revision> listed = revisions.stream()
			.map(r -> new Revision(r.number(), r.createdAt(), r.actor(), r.restoredFrom(), r.initial(), null))
			.toList();
		History history = new History("programme", 7, "Rapatriement", "/admin/programmes/7",
				List.of("name", "summary", "published", "zones"), new PageImpl<>(listed, PageRequest.of(0, 25), 3), null,
				listed.subList(0, 2));
		given(this.revisions.history("programme", 7, 0)).willReturn(history);
		given(this.revisions.revision(eq("programme"), eq(7L), anyInt())).willThrow(new NotFoundException("revision"));
		revisions.forEach(r -> willReturn(r).given(this.revisions).revision("programme", 7, r.number()));
		given(this.revisions.history(eq("inconnu"), anyLong(), anyInt())).willThrow(new NotFoundException("inconnu"));
		given(this.revisions.currentVersion("programme", 7)).willReturn(4);
	}

	@Test
	void historyListsTheRevisionsAndShowsTheLastChangeFieldByFieldAndWordByWord() {
		assertThat(this.mvc.get().uri(URL)).hasStatusOk()
			.hasViewName("admin/revisions/history")
			.bodyText()
			.contains("Historique : Rapatriement", "Différences entre la version 2 et la version 3", "nom", "Retour",
					"résumé", "Un accueil<del> &lt;b&gt;rapide&lt;/b&gt;.</del><ins> digne.</ins>", "zones d’intervention",
					"1, 2", "restauration de la version 1", "état avant la première modification suivie",
					"/admin/revisions/programme/7/2/restaurer", "href=\"/admin/programmes/7\"")
			.doesNotContain("<b>rapide</b>", "publication");
	}

	@Test
	void twoChosenRevisionsAreCompared() {
		assertThat(this.mvc.get().uri(URL + "?de=1&a=3")).hasStatusOk()
			.bodyText()
			.contains("Différences entre la version 1 et la version 3", "Aucune différence");
	}

	@Test
	void unknownOrMalformedNumbersAndKindsAreNotFound() {
		for (String uri : List.of(URL + "?de=9&a=3", URL + "?de=x&a=3", URL + "?de=1", URL + "?a=99999999999",
				URL + "/9/restaurer", URL + "/abc/restaurer", "/admin/revisions/inconnu/7")) {
			assertThat(this.mvc.get().uri(uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.post().uri(URL + "/9/restaurer").with(csrf()).param("version", "4"))
			.hasStatus(HttpStatus.NOT_FOUND);
		verify(this.revisions, never()).restore(eq("programme"), anyLong(), anyInt(), org.mockito.ArgumentMatchers.any());
	}

	@Test
	void confirmationShowsWhatWillChangeAndCarriesTheCurrentVersion() {
		assertThat(this.mvc.get().uri(URL + "/2/restaurer")).hasStatusOk()
			.hasViewName("admin/revisions/restore")
			.bodyText()
			.contains("Restaurer la version 2 : Rapatriement", "Ce qui changera", "name=\"version\" value=\"4\"",
					"name=\"_csrf\"");
	}

	@Test
	void restoreRedirectsToTheHistoryWithAMessage() {
		given(this.revisions.restore("programme", 7, 2, 4)).willReturn(new MapBindingResult(new HashMap<>(), "form"));
		assertThat(this.mvc.post().uri(URL + "/2/restaurer").with(csrf()).param("version", "4"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(URL)
			.flash()
			.containsEntry("flash", "admin.revision.restored");
		verify(this.revisions).restore("programme", 7, 2, 4);
	}

	@Test
	void aRestoreTheFormNoLongerAcceptsIsRefusedInFrench() {
		BindingResult refused = new MapBindingResult(new HashMap<>(), "form");
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("admin.validation.");
		((MapBindingResult) refused).setMessageCodesResolver(codes);
		refused.rejectValue("slug", "slugTaken");
		refused.reject("conflict");
		refused.reject("unknownCode");
		given(this.revisions.restore("programme", 7, 2, 3)).willReturn(refused);
		assertThat(this.mvc.post().uri(URL + "/2/restaurer").with(csrf()).param("version", "3")).hasStatusOk()
			.hasViewName("admin/revisions/restore")
			.bodyText()
			.contains("role=\"alert\"", "adresse de la page : Cette adresse (identifiant d’URL) est déjà utilisée.",
					"Quelqu’un d’autre a modifié cette fiche", "ne passe plus les contrôles");
	}

}
