package bi.ppsm.site.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication fields of the programme form, on a fixed clock (2026-12-01 09:00 UTC, 11:00
 * in Bujumbura): draft, publish now, publish from a date, hide after a date; bad dates give
 * French errors with everything typed kept and nothing saved; the list says what is scheduled
 * and what is hidden again.
 */
@WebSliceTest(ProgrammeAdminController.class)
@Import(ProgrammeService.class)
class ProgrammeSchedulingAdminTests extends SchedulingSlice {

	Programme programme;

	@BeforeEach
	void programme() throws Exception {
		this.programme = programme(7L, "rapatriement", "Rapatriement");
		this.programme.setVersion(3);
		org.mockito.BDDMockito.given(this.programmes.findById(7L)).willReturn(Optional.of(this.programme));
	}

	private MockMvcRequestBuilder save(String publication, String from, String until) {
		return send("/admin/programmes/7", publication, from, until, "slug", "rapatriement", "name", "Rapatriement",
				"summary", "Mon texte garde", "version", "3");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theFormOffersDraftNowOrADateAndAnEndDate() throws Exception {
		String html = this.mvc.get().uri("/admin/programmes/7").exchange().getResponse().getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("input[type=radio][name=publication]").eachAttr("value"))
			.containsExactly("DRAFT", "NOW", "AT_DATE");
		assertThat(page.select("input[name=publication][checked]").attr("value")).isEqualTo("DRAFT");
		assertThat(page.select("input[type=datetime-local][name=publishFrom]")).hasSize(1);
		assertThat(page.select("input[type=datetime-local][name=publishUntil]")).hasSize(1);
		assertThat(page.text()).contains("Public à partir du", "Masquer après");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aDateToComeSchedulesTheProgrammeInBujumburaTime() throws Exception {
		assertThat(save("AT_DATE", "2026-12-24T08:30", "2027-01-31T18:00")).hasStatus(HttpStatus.FOUND)
			.flash()
			.doesNotContainKey("flashPage");
		assertThat(this.programme.isPublished()).isTrue();
		assertThat(this.programme.getPublishFrom()).isEqualTo(Instant.parse("2026-12-24T06:30:00Z"));
		assertThat(this.programme.getPublishUntil()).isEqualTo(Instant.parse("2027-01-31T16:00:00Z"));
		assertThat(this.programme.isVisibleAt(NOW)).isFalse();
		assertThat(this.programme.isVisibleAt(Instant.parse("2026-12-24T06:30:00Z"))).isTrue();
		assertThat(this.programme.isVisibleAt(Instant.parse("2027-01-31T16:00:00Z"))).isFalse();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void publishNowHasNoStartAndLinksThePublicPage() throws Exception {
		this.programme.setPublishFrom(Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(save("NOW", "2027-01-01T02:00", null)).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flashPage", "/programmes/rapatriement");
		assertThat(this.programme.isPublished()).isTrue();
		assertThat(this.programme.getPublishFrom()).isNull();
		assertThat(this.programme.getPublishUntil()).isNull();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aDraftIsNotPublished() throws Exception {
		this.programme.setPublished(true);
		assertThat(save("DRAFT", null, null)).hasStatus(HttpStatus.FOUND);
		assertThat(this.programme.isPublished()).isFalse();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aMissingStartIsAFrenchErrorAndNothingIsSaved() throws Exception {
		assertThat(save("AT_DATE", null, "2027-01-31T18:00")).hasStatusOk()
			.hasViewName("admin/programme/form")
			.bodyText()
			.contains("Indiquez la date et l’heure de publication", "Mon texte garde", "2027-01-31T18:00");
		assertThat(this.programme.getSummary()).isEqualTo("Résumé");
		assertThat(this.programme.isPublished()).isFalse();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anUnreadableDateIsAFrenchErrorWithTheTextKept() throws Exception {
		assertThat(save("AT_DATE", "31/02/2026 25h", null)).hasStatusOk()
			.hasViewName("admin/programme/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("publishFrom");
		assertThat(save("NOW", null, "demain")).hasStatusOk()
			.bodyText()
			.contains("Cette date n’est pas valide", "demain", "Mon texte garde");
		assertThat(this.programme.getSummary()).isEqualTo("Résumé");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void hidingBeforeTheStartIsAFrenchError() throws Exception {
		String html = save("AT_DATE", "2026-12-24T08:30", "2026-12-24T08:30").exchange()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#publishUntil-erreurs").text())
			.isEqualTo("La fin de publication doit venir après la publication.");
		assertThat(page.select("input[name=publishFrom]").attr("value")).isEqualTo("2026-12-24T08:30");
		assertThat(page.select("input[name=publication][checked]").attr("value")).isEqualTo("AT_DATE");
		// "publish now" with an end already past: hidden at once, refused too
		assertThat(save("NOW", null, "2026-12-01T10:00")).hasStatusOk()
			.bodyText()
			.contains("La fin de publication doit venir après la publication.");
		assertThat(this.programme.isPublished()).isFalse();
		assertThat(this.programme.getPublishUntil()).isNull();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theListSaysWhatIsScheduledAndWhatIsHiddenAgain() throws Exception {
		Programme scheduled = programme(8L, "Programme à venir", true, "2026-12-24T06:30:00Z", null);
		Programme ended = programme(9L, "Programme terminé", true, "2026-01-01T00:00:00Z", "2026-11-30T16:00:00Z");
		Programme open = programme(10L, "Programme ouvert", true, null, "2027-06-01T00:00:00Z");
		Programme draft = programme(11L, "Programme brouillon", false, null, null);
		org.mockito.BDDMockito.given(this.programmes.findAll(org.mockito.ArgumentMatchers.any(
				org.springframework.data.domain.Pageable.class)))
			.willReturn(new org.springframework.data.domain.PageImpl<>(List.of(scheduled, ended, open, draft)));
		String html = this.mvc.get().uri("/admin/programmes").exchange().getResponse().getContentAsString();
		List<String> badges = Jsoup.parse(html).select("td .badge").eachText();
		assertThat(badges).containsExactly("Programmé : public le 24/12/2026 08:30", "Masqué depuis le 30/11/2026 18:00",
				"Publié", "Brouillon");
	}

	private static Programme programme(long id, String name, boolean published, String from, String until) {
		Programme p = programme(id, "p" + id, name);
		p.setPublished(published);
		p.setPublishFrom((from != null) ? Instant.parse(from) : null);
		p.setPublishUntil((until != null) ? Instant.parse(until) : null);
		return p;
	}

}
