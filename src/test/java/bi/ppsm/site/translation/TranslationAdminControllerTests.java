package bi.ppsm.site.translation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The translation pages of the back office, on a small content type of the test's own. */
@WebSliceTest(TranslationAdminController.class)
class TranslationAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Translations translations;

	/** Unused here: the admin pages do not render public content. */
	@MockitoBean
	bi.ppsm.site.audit.AuditLog audit;

	final Leaflet leaflet = new Leaflet(7L, "Dépliant", "Un **texte** en français.");

	final LeafletType type = new LeafletType(this.leaflet);

	Map<String, Map<String, String>> stored;

	@BeforeEach
	void translations() {
		this.stored = new TreeMap<>(Map.of("en", new TreeMap<>(Map.of("title", "Leaflet")), "rn", new TreeMap<>()));
		given(this.translations.type("leaflet")).willReturn(Optional.of(this.type));
		given(this.translations.of("leaflet", 7L)).willReturn(this.stored);
		given(this.translations.missing(eq(this.type), eq(this.leaflet), anyMap())).willReturn(
				Map.of("en", List.of(this.type.fields().get(1)), "rn", this.type.fields()));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsFrenchBesideEnglishAndKirundi() {
		assertThat(this.mvc.get().uri("/admin/traductions/leaflet/7")).hasStatusOk()
			.hasViewName("admin/translation/form")
			.bodyText()
			.satisfies(html -> {
				Document page = Jsoup.parse(html);
				assertThat(page.select(".translation-reference[lang=fr]").eachText()).containsExactly("Dépliant",
						"Un **texte** en français.");
				assertThat(page.select("input[name=en[title]]").val()).isEqualTo("Leaflet");
				assertThat(page.select("input[name=rn[title]]").val()).isEmpty();
				assertThat(page.select("textarea[name=en[body]], textarea[name=rn[body]]")).hasSize(2);
				// every input has its label
				for (var input : page.select("input[name^=en], input[name^=rn], textarea")) {
					assertThat(page.select("label[for=" + input.id() + "]")).as(input.attr("name")).hasSize(1);
				}
				assertThat(page.select("input[name=version]").val()).isEqualTo(Translations.fingerprint(this.stored));
				assertThat(page.select("a[href=/admin/depliants/7]")).isNotEmpty();
			});
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void validSaveStoresBothLanguagesAndRedirectsWithFlash() {
		assertThat(this.mvc.post()
			.uri("/admin/traductions/leaflet/7")
			.with(csrf())
			.param("version", Translations.fingerprint(this.stored))
			.param("en[title]", "Leaflet")
			.param("en[body]", "A *text* in English.")
			.param("rn[title]", "Agapapuro")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/traductions/leaflet/7")
			.flash()
			.containsEntry("flash", "admin.flash.saved.translation")
			.containsEntry("flashName", "Dépliant");
		verify(this.translations).save(eq(this.type), eq(this.leaflet),
				eq(Map.of("en", Map.of("title", "Leaflet", "body", "A *text* in English."), "rn",
						Map.of("title", "Agapapuro"))));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void formOpenedBeforeAnotherSaveIsRefusedWithTheTextKept() {
		assertThat(this.mvc.post()
			.uri("/admin/traductions/leaflet/7")
			.with(csrf())
			.param("version", "0123456789abcdef01234567")
			.param("en[title]", "My leaflet")
			.param("en[body]", "Mon travail gardé")).hasStatusOk()
			.hasViewName("admin/translation/form")
			.bodyText()
			.contains("Quelqu’un d’autre a modifié cette fiche")
			.satisfies(html -> assertThat(Jsoup.parse(html).select("textarea[name=en[body]]").val())
				.isEqualTo("Mon travail gardé"));
		verify(this.translations, never()).save(any(), any(), any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void tooLongOrMultiLineTextIsRefusedInFrenchWithTheTextKept() {
		assertThat(this.mvc.post()
			.uri("/admin/traductions/leaflet/7")
			.with(csrf())
			.param("version", Translations.fingerprint(this.stored))
			.param("en[title]", "x".repeat(41))
			.param("rn[title]", "Deux\nlignes")
			.param("en[body]", "Texte gardé")).hasStatusOk()
			.hasViewName("admin/translation/form")
			.bodyText()
			.contains("Ce texte est trop long (au plus 40 caractères).", "Ce texte tient sur une seule ligne.")
			.satisfies(html -> {
				Document page = Jsoup.parse(html);
				assertThat(page.select("input[name=en[title]]").attr("aria-invalid")).isEqualTo("true");
				assertThat(page.select("textarea[name=en[body]]").val()).isEqualTo("Texte gardé");
			});
		verify(this.translations, never()).save(any(), any(), any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void unknownTypeOrRecordIsNotFound() {
		given(this.translations.type("nothing")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/admin/traductions/nothing/7")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/traductions/leaflet/8")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/admin/traductions/leaflet/8").with(csrf()).param("version", "x"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void missingListNamesEachRecordAndWhatItLacksPerLanguage() {
		given(this.translations.missingIn("rn")).willReturn(List.of(new Translations.MissingList("leaflet",
				"admin.nav.programmes", 3, List.of(new Translations.MissingRecord(7L, "Dépliant",
						List.of("admin.programme.name", "admin.programme.summary"), false)))));
		assertThat(this.mvc.get().uri("/admin/traductions?langue=rn")).hasStatusOk()
			.hasViewName("admin/translation/missing")
			.bodyText()
			.satisfies(html -> {
				Document page = Jsoup.parse(html);
				assertThat(page.select(".translation-missing li").text())
					.isEqualTo("Dépliant manque : Nom du programme, Résumé");
				assertThat(page.select(".translation-missing li a").attr("href")).isEqualTo("/admin/traductions/leaflet/7");
				assertThat(page.select(".translation-langs a[aria-current]").text()).isEqualTo("kirundi");
			});
		// an unknown language is English
		given(this.translations.missingIn("en")).willReturn(List.of());
		assertThat(this.mvc.get().uri("/admin/traductions?langue=%3Cscript%3E")).hasStatusOk()
			.model()
			.containsEntry("lang", "en");
	}

	/** A small record with two translatable texts. */
	record Leaflet(Long id, String title, String body) {
	}

	record LeafletType(Leaflet only) implements TranslatableType<Leaflet> {

		@Override
		public String name() {
			return "leaflet";
		}

		@Override
		public String labelKey() {
			return "admin.nav.programmes";
		}

		@Override
		public Class<Leaflet> entityClass() {
			return Leaflet.class;
		}

		@Override
		public List<TranslatableField<Leaflet>> fields() {
			return List.of(TranslatableField.line("title", "admin.programme.name", 40, Leaflet::title),
					TranslatableField.markdown("body", "admin.programme.summary", Leaflet::body));
		}

		@Override
		public Long id(Leaflet leaflet) {
			return leaflet.id();
		}

		@Override
		public String label(Leaflet leaflet) {
			return leaflet.title();
		}

		@Override
		public Optional<Leaflet> find(long id) {
			return (id == this.only.id()) ? Optional.of(this.only) : Optional.empty();
		}

		@Override
		public List<Leaflet> all() {
			return List.of(this.only);
		}

		@Override
		public String editUrl(long id) {
			return "/admin/depliants/" + id;
		}

	}

}
